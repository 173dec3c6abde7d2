"""Under DEBUG (PAGECACHE_ENABLED is `not DEBUG`) nothing is cached, pages nor fragments, so an
edited template or article shows at the next request."""

import pytest

from pagecache import store
from pagecache.tests.edge import call

pytestmark = pytest.mark.django_db


@pytest.fixture
def debugging(settings):
    settings.PAGECACHE_ENABLED = False
    settings.PAGECACHE_FRAGMENT_SECONDS = 0


def test_it_neither_stores_nor_serves_pages(client, make_article, debugging):
    from windownews.wsgi import application

    article = make_article("Draft of the debug story")
    for _ in range(2):
        assert "X-Cache" not in client.get(article.url)
        assert "X-Cache" not in call(application, article.url)[1]
    assert store.lookup(article.url + "?")[0] is None


def test_it_renders_every_fragment_anew(client, make_article, debugging):
    article = make_article("Before the edit")
    assert "Before the edit" in client.get(article.url).content.decode()
    article.title = "After the edit"
    article.save(update_fields=["title"])  # no purge: only an uncached render can show it
    assert "After the edit</h1>" in client.get(article.url).content.decode()
