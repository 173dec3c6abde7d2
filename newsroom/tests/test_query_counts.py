"""Reader pages cost a fixed number of queries however many articles they list (no N+1)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

PAGES = ["/", "/news/", "/topics/russia-ukraine-war/", "/authors/kyiv-desk/", "/search/?q=kyiv"]
MAX_QUERIES = 40  # a ceiling against regressions; the real check is "does not grow"


@pytest.fixture
def add_articles(make_article):
    from newsroom.models import ArticleAuthor, Author

    desk = Author.objects.create(name="Kyiv desk", slug="kyiv-desk")
    made = []

    def add(count, topic="Russia-Ukraine War"):
        for _ in range(count):
            article = make_article(f"Kyiv story {len(made)}", topic=topic, tags=["Kyiv", "War"])
            ArticleAuthor.objects.create(article=article, author=desk)
            made.append(article)
        return made

    return add


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", PAGES)
def test_list_pages_do_not_query_per_article(client, add_articles, path):
    # Two topics in both cases: the home page has a (fixed) query or two per topic shown.
    add_articles(3, topic="Russia-Ukraine War")
    add_articles(2, topic="Sport")
    client.get(path)  # warm Wagtail's site-root cache as a running site has it
    few = count_queries(client, path)
    add_articles(10, topic="Russia-Ukraine War")
    add_articles(4, topic="Sport")
    many = count_queries(client, path)
    assert many == few, f"{path}: {few} queries with 5 articles, {many} with 19"
    assert many <= MAX_QUERIES


def test_the_article_page_does_not_query_per_related_article_author_or_source(
    client, seed_article, add_articles, make_article
):
    from newsroom.models import ArticleAuthor, ArticleSource, Author

    client.get(seed_article.url)
    few = count_queries(client, seed_article.url)
    add_articles(6)
    for n in range(3):
        ArticleAuthor.objects.create(
            article=seed_article,
            author=Author.objects.create(name=f"Reporter {n}", slug=f"reporter-{n}"),
        )
        ArticleSource.objects.create(
            article=seed_article, name=f"Outlet {n}", url=f"https://outlet{n}.example/"
        )
    many = count_queries(client, seed_article.url)
    assert many == few, (
        f"{few} queries with 1 author and 0 related, {many} with 4 authors and 5 related"
    )
    assert many <= MAX_QUERIES
