"""After an import the site shows it at once: the cached home page and feed are purged, and
the imported articles' Related lists are computed (by the task each chunk queues)."""

from discovery.models import RelatedArticle
from ingest.models import WordPressItem
from ingest.tests.wordpress import BLOCKS, run
from newsroom.models import ArticlePage


def test_it_purges_the_cache_and_computes_related_lists(site_tree, client):
    for path in ("/", "/feeds/rss/"):
        client.get(path)
        assert client.get(path)["X-Cache"] == "HIT"  # cached before the import

    run(BLOCKS)

    imported = ArticlePage.objects.filter(
        pk__in=WordPressItem.objects.filter(kind="post").values("object_id"), live=True
    )
    newest = imported.order_by("-published_at").first()
    assert newest is not None
    for path in ("/", "/feeds/rss/", newest.topic.url):
        response = client.get(path)
        assert response["X-Cache"] != "HIT", path
        assert newest.title in response.content.decode(), path
    with_lists = RelatedArticle.objects.filter(article__in=imported).values("article").distinct()
    assert with_lists.count() == imported.count()
