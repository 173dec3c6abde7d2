"""Private means private at once: an article or a section made private, or an unpublished
article, leaves every cached copy with the change (the app's cache and Redis, the page
files for nginx, Varnish), not when the copies expire. Read over HTTP as a reader would:
through Varnish and from the app server directly."""

import pytest
from wagtail.models import PageViewRestriction

from pagecache.tests.edge import fetch_raw

pytestmark = pytest.mark.django_db(transaction=True)
TITLE = "Cabinet reshuffle memo"


@pytest.fixture
def cached_everywhere(purged_through_varnish, live_server, make_article, settings, tmp_path):
    """The article, and the home page listing it, cached in every layer."""
    settings.PAGECACHE_PAGE_DIR = str(tmp_path / "pages")
    article = make_article(TITLE)
    article.save_revision().publish()
    layers = {"edge": purged_through_varnish, "app": live_server.url}
    for path in (article.url, "/"):
        for base in layers.values():
            fetch_raw(base, path)
    assert fetch_raw(layers["edge"], article.url)[1]["X-Edge-Cache"] == "HIT"
    assert fetch_raw(layers["app"], article.url)[1]["X-Cache"] == "HIT"
    page_file = tmp_path / "pages" / article.url.strip("/") / "index.html"
    assert TITLE in page_file.read_text()
    return article, layers, page_file


def assert_gone_everywhere(article, layers, page_file):
    for name, base in layers.items():
        status, _, html = fetch_raw(base, article.url)
        assert status != 200 and TITLE not in html, name
        status, _, html = fetch_raw(base, "/")
        assert status == 200 and TITLE not in html, name
    assert not page_file.exists()


def test_an_article_made_private_leaves_every_cache_at_once(cached_everywhere):
    article, layers, page_file = cached_everywhere
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    assert_gone_everywhere(article, layers, page_file)

    restriction.delete()  # public again, at once too
    for name, base in layers.items():
        assert TITLE in fetch_raw(base, article.url)[2], name


def test_a_section_made_private_takes_its_articles_out_of_every_cache(cached_everywhere, site_tree):
    article, layers, page_file = cached_everywhere
    PageViewRestriction.objects.create(
        page=site_tree["news"], restriction_type=PageViewRestriction.LOGIN
    )
    assert_gone_everywhere(article, layers, page_file)


def test_an_unpublished_article_leaves_every_cache_at_once(cached_everywhere):
    article, layers, page_file = cached_everywhere
    article.unpublish()
    assert_gone_everywhere(article, layers, page_file)
