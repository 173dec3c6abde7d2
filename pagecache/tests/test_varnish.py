"""The README's Varnish recipe, run for real: Debian's varnishd with pagecache/deploy/varnish.vcl
in front of the app, purged by the app through Wagtail's frontend-cache module."""

import http.client
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db(transaction=True)
VCL = Path(__file__).resolve().parents[1] / "deploy" / "varnish.vcl"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (loopback)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, ""


def test_varnish_serves_the_cached_page_until_the_app_purges_it(
    purged_through_varnish, make_article, site_tree
):
    edge = purged_through_varnish
    article = make_article("Grain corridor talks resume", topic="Russia-Ukraine War")
    article.save_revision().publish()
    topic = site_tree["topics"]["Russia-Ukraine War"]
    for path in (article.url, topic.url, topic.url + "?page=2"):
        fetch(edge + path)
    status, headers, html = fetch(edge + article.url)
    assert (
        status == 200 and headers["X-Edge-Cache"] == "HIT" and "Grain corridor talks resume" in html
    )
    assert fetch(edge + topic.url + "?page=2")[1]["X-Edge-Cache"] == "HIT"

    article.title = "Grain corridor deal signed"
    article.save_revision().publish()  # commits; the purge task runs at once (immediate backend)
    status, headers, html = fetch(edge + article.url)
    assert (
        status == 200
        and "Grain corridor deal signed</h1>" in html
        and "Grain corridor talks resume</h1>" not in html
    )
    assert "Grain corridor deal signed" in fetch(edge + topic.url)[2]
    assert (
        fetch(edge + topic.url + "?page=2")[1]["X-Edge-Cache"] == "MISS"
    )  # every variant of the list went

    article.unpublish()
    assert fetch(edge + article.url)[0] == 404


def test_varnish_never_shares_a_logged_in_page_and_ignores_other_cookies(varnish, make_article):
    article = make_article("Grain corridor talks resume")
    article.save_revision().publish()
    fetch(varnish + article.url)
    # An analytics cookie does not split the cache; a session passes by it.
    assert fetch(varnish + article.url, Cookie="_ga=GA1.2.3")[1]["X-Edge-Cache"] == "HIT"
    assert fetch(varnish + article.url, Cookie="sessionid=abc")[1]["X-Edge-Cache"] == "MISS"


def test_only_the_app_servers_may_purge(varnish, make_article):
    """A PURGE from an address outside the ACL (127.0.0.2 is loopback too, but not listed)."""
    article = make_article("Grain corridor talks resume")
    article.save_revision().publish()
    fetch(varnish + article.url)
    port = int(varnish.rsplit(":", 1)[1])
    outsider = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=10, source_address=("127.0.0.2", 0)
    )
    outsider.request("PURGE", article.url)
    assert outsider.getresponse().status == 405
    assert fetch(varnish + article.url)[1]["X-Edge-Cache"] == "HIT"  # still cached
