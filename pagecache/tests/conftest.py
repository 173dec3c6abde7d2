"""Debian's varnishd with pagecache/deploy/varnish.vcl in front of the test's live server."""

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pagecache.tests.edge import free_port

VCL = Path(__file__).resolve().parents[1] / "deploy" / "varnish.vcl"


@pytest.fixture
def varnish(live_server, tmp_path):
    """varnishd on a free loopback port, its backend the test's live server."""
    if shutil.which("varnishd") is None:
        pytest.fail("varnishd is missing: `./run test` installs Debian's varnish")
    host, port = live_server.url.removeprefix("http://").split(":")
    vcl = tmp_path / "windownews.vcl"
    vcl.write_text(VCL.read_text().replace("{backend_host}", host).replace("{backend_port}", port))
    listen = free_port()
    work = tmp_path / "varnish"
    process = subprocess.Popen(
        [
            "varnishd",
            "-F",
            "-n",
            str(work),
            "-a",
            f"127.0.0.1:{listen}",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
            "-j",
            "none",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{listen}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2)  # noqa: S310 (loopback)
            break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(
                    f"varnishd did not start: {process.stdout.read().decode(errors='replace')}"
                )
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def purged_through_varnish(settings, varnish):
    settings.SITE_URL = varnish  # the URLs the app purges are the ones readers fetch
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish,
        },
    }
    return varnish
