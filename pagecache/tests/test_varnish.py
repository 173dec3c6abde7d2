"""The README's Varnish recipe, run for real: Debian's varnishd with pagecache/deploy/varnish.vcl
in front of the app, purged by the app through Wagtail's frontend-cache module (the fixtures
are in pagecache/tests/conftest.py)."""

import http.client

import pytest

from pagecache.tests.edge import fetch

pytestmark = pytest.mark.django_db(transaction=True)


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
