"""A draft, a scheduled, an embargoed and an unpublished article reach no feed, sitemap,
API response, search or listing."""

from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden(make_article):
    from entities.models import Entity, Mention, Quote
    from newsroom.models import ArticleAuthor, Author

    soon, recent = timezone.now() + timedelta(days=1), timezone.now() - timedelta(hours=1)
    author = Author.objects.create(name="Hidden Hand", slug="hidden-hand")
    articles = [
        make_article("Leakdraft words", live=False, published_at=recent),
        make_article("Leakscheduled words", live=False, published_at=recent, go_live_at=soon),
        make_article("Leakembargoed words", published_at=recent, embargo_until=soon),
        make_article("Leakunpublished words", published_at=recent),
    ]
    articles[3].unpublish()
    speaker = Entity.objects.create(name="Hidden Speaker", slug="hidden-speaker")
    for article in articles:
        Quote.objects.create(
            article=article, text="Leakquote", start=0, end=9, speaker=speaker, status="confirmed"
        )
        Mention.objects.create(article=article, entity=speaker, status="confirmed")
        ArticleAuthor.objects.create(article=article, author=author)
        article.tags.add("leaktag")
        article.save()
    return articles


def crawl_urls(client, hidden):
    urls = [
        "/",
        "/news/",
        "/topics/",
        "/topics/politics-and-elections/",
        "/authors/hidden-hand/",
        "/search/?q=words",
    ]
    urls += ["/people/", "/people/hidden-speaker/"]
    for prefix in (
        "",
        "topics/politics-and-elections/",
        "tags/leaktag/",
        "authors/hidden-hand/",
        "entities/hidden-speaker/",
    ):
        urls += [f"/feeds/{prefix}rss/", f"/feeds/{prefix}atom/"]
    urls += ["/sitemap.xml"] + [
        f"/sitemap-{name}.xml" for name in ("pages", "articles", "topics", "authors", "news")
    ]
    urls += [
        f"/api/v1/articles?{query}"
        for query in (
            "",
            "q=words",
            "tag=leaktag",
            "author=hidden-hand",
            "topic=politics-and-elections",
        )
    ]
    urls += ["/api/v1/topics", "/api/v1/authors", "/api/v1/topics/politics-and-elections"]
    for article in hidden:
        urls += [
            f"/api/v1/articles/{article.pk}",
            f"/api/v1/articles/{article.pk}/comments",
            article.url,
        ]
    return urls


def test_it_never_shows_an_unpublished_article_anywhere(client, hidden, make_article):
    visible = make_article("Visible words", published_at=timezone.now() - timedelta(hours=2))
    seen_visible = False
    for url in crawl_urls(client, hidden):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        text = response.content.decode()
        seen_visible |= visible.title in text
        for article in hidden:
            assert article.title not in text, (url, article.title)
            assert f"/news/{article.slug}/" not in text, (url, article.slug)
        assert "Leakquote" not in text, url
        if url.startswith("/api/v1/authors"):
            assert "hidden-hand" not in text
        if url == "/people/":
            assert "hidden-speaker" not in text
    assert seen_visible  # the crawl really reached the lists


def test_it_answers_404_for_the_hidden_articles_themselves(client, hidden):
    for article in hidden:
        assert client.get(f"/api/v1/articles/{article.pk}").status_code == 404
        assert client.get("/feeds/tags/leaktag/rss/").status_code == 404
