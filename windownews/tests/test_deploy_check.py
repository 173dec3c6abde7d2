"""In production mode Django's deployment check finds nothing to warn about, and behind the
TLS-terminating proxy plain HTTP is redirected while HTTPS gets HSTS."""

import os
import subprocess
import sys

import pytest

PRODUCTION = {
    "WINDOWNEWS_ENV": "production",
    "SECRET_KEY": "k3y-for-the-deploy-check-only-Qx7!vR2#mZ9@pL4$wN8^tY6&",
    "ALLOWED_HOSTS": "news.example",
}


def run_manage(*args, **env):
    # The test run's own variables (pytest sets DJANGO_ALLOW_ASYNC_UNSAFE) are not production's.
    ours = ("DEBUG", "SSL_REDIRECT", "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if k not in ours}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env={**clean, **PRODUCTION, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_it_passes_the_deploy_check_without_a_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_bad_proxy_header_stops_the_process_naming_the_variable():
    result = run_manage("check", PROXY_SSL_HEADER="X-Forwarded-Proto")
    assert result.returncode != 0 and "PROXY_SSL_HEADER" in result.stderr


@pytest.fixture
def production_security(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True


@pytest.mark.django_db
def test_plain_http_is_redirected_and_https_gets_hsts(client, site_tree, production_security):
    plain = client.get("/", headers={"X-Forwarded-Proto": "http"})
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    secure = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
