"""Static files and the search page leave the production server compressed, and hashed static
files are cached for good: asked over HTTP of `windownews serve` (granian, WhiteNoise inside),
the way a browser asks, not through Django's test client."""

import gzip
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time

import brotli
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

IMMUTABLE = "max-age=315360000, public, immutable"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The test database, for the server process to read what the test wrote."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def wait_until_listening(port, server, seconds=300):
    # Generous: on a loaded shared machine a new process takes minutes to import Django.
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server stopped while starting"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)  # waiting for another process to start; nothing is timed
    raise AssertionError(f"nothing listened on port {port} within {seconds} s")


@pytest.fixture(scope="module")
def server(tmp_path_factory, django_db_setup, django_db_blocker):
    data_dir = tmp_path_factory.mktemp("served")
    # Only our own static files (not Wagtail's ~1,300, whose compression costs seconds), with the
    # production storage: hashed names and their .gz/.br copies.
    with override_settings(
        STATIC_ROOT=data_dir / "static",
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "windownews.static_storage.StaticStorage"},
        },
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DEBUG", "WINDOWNEWS_ENV"}
    }
    env |= {"WINDOWNEWS_DATA_DIR": str(data_dir), "DATABASE_URL": database_url()}
    process = subprocess.Popen(
        [sys.executable, "-m", "windownews.cli", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(data_dir / "server.log").open("wb"),
        start_new_session=True,  # its workers too are stopped at the end, whatever happens
    )
    try:
        wait_until_listening(port, process)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def get(port, path, accept_encoding=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def decoded(response, body):
    encoding = response.getheader("Content-Encoding")
    return {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[encoding](body)


@pytest.fixture
def search_page(server, site_tree, make_article, transactional_db):
    make_article("Council agrees the budget")
    return get(server, "/search/?q=budget", "gzip, deflate, br")


def test_the_search_page_goes_out_compressed(search_page):
    response, body = search_page
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    html = gzip.decompress(body).decode()
    assert "Council agrees the budget" in html and len(body) < len(html) / 2


def test_hashed_css_and_js_go_out_brotli_or_gzip_and_immutable(server, search_page):
    html = decoded(*search_page).decode()
    for name in ("css/site.css", "js/site.js"):
        stem, ext = name.split(".")
        hashed = re.search(rf'"(/static/{stem}\.[0-9a-f]{{12}}\.{ext})"', html)
        assert hashed, f"the page links no hashed {name}"
        plain_response, plain = get(server, hashed[1])
        assert plain_response.getheader("Content-Encoding") is None
        for accepted, encoding in (("gzip, deflate, br", "br"), ("gzip", "gzip")):
            response, body = get(server, hashed[1], accepted)
            assert response.status == 200
            assert response.getheader("Content-Encoding") == encoding, (name, accepted)
            assert response.getheader("Cache-Control") == IMMUTABLE
            assert "Accept-Encoding" in response.getheader("Vary")
            assert decoded(response, body) == plain and len(body) < len(plain) / 2


def test_an_unhashed_name_is_not_cached_for_good(server):
    response, _ = get(server, "/static/css/site.css", "br")
    assert response.status == 200
    assert "immutable" not in response.getheader("Cache-Control")


def test_the_manifest_and_every_icon_it_lists_are_hashed_and_immutable(server, search_page):
    html = decoded(*search_page).decode()
    linked = re.search(r'rel="manifest" href="(/static/brand/site\.\w{12}\.webmanifest)"', html)
    assert linked, "the page links no hashed manifest"
    response, body = get(server, linked[1], "gzip, deflate, br")
    assert response.status == 200 and response.getheader("Cache-Control") == IMMUTABLE
    icons = [icon["src"] for icon in json.loads(decoded(response, body))["icons"]]
    assert {src.rsplit(".", 1)[-1] for src in icons} == {"png", "svg"}
    for src in icons:
        assert re.fullmatch(r"[a-z0-9-]+\.[0-9a-f]{12}\.(png|svg)", src), src
        icon, _ = get(server, f"/static/brand/{src}")
        assert icon.status == 200 and icon.getheader("Cache-Control") == IMMUTABLE, src
