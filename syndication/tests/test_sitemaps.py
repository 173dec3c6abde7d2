"""Sitemaps, the Google News sitemap and robots.txt, parsed strictly."""

from datetime import timedelta

import pytest
from django.utils import timezone
from lxml import etree

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
SITE = "http://127.0.0.1:8000"


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def test_it_indexes_every_sitemap_and_each_parses(client, licensed_article):
    index = xml(client, "/sitemap.xml")
    sections = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    names = ("pages", "articles", "topics", "authors", "news")
    assert [url.rsplit("/", 1)[1] for url in sections] == [f"sitemap-{name}.xml" for name in names]
    for url in sections:
        xml(client, url.replace("http://testserver", ""))


def test_it_lists_articles_topics_and_authors_with_lastmod(client, licensed_article):
    articles = xml(client, "/sitemap-articles.xml")
    assert articles.findtext("s:url/s:loc", namespaces=NS) == SITE + licensed_article.url
    assert articles.findtext("s:url/s:lastmod", namespaces=NS).startswith("2022-03-01")
    topics = {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in xml(client, "/sitemap-topics.xml")
    }
    assert topics[SITE + licensed_article.topic.url]
    authors = [loc.text for loc in xml(client, "/sitemap-authors.xml").findall("s:url/s:loc", NS)]
    assert authors == [SITE + "/authors/ada-reporter/"]


def test_it_puts_only_the_last_48_hours_in_the_news_sitemap(client, make_article):
    fresh = make_article("Fresh & <new>\x0b", published_at=timezone.now() - timedelta(hours=3))
    make_article("Three days old", published_at=timezone.now() - timedelta(days=3))
    news = xml(client, "/sitemap-news.xml")
    (url,) = news.findall("s:url", NS)
    assert url.findtext("s:loc", namespaces=NS) == SITE + fresh.url
    assert url.findtext("news:news/news:title", namespaces=NS) == "Fresh & <new>"
    assert (
        url.findtext("news:news/news:publication/news:name", namespaces=NS) == "Global WindowNews"
    )
    assert url.findtext("news:news/news:publication/news:language", namespaces=NS) == "en"
    assert url.findtext("news:news/news:publication_date", namespaces=NS).endswith("+00:00")


def test_it_answers_304_and_404_sensibly(client, licensed_article):
    first = client.get("/sitemap-articles.xml")
    assert (
        client.get("/sitemap-articles.xml", headers={"If-None-Match": first["ETag"]}).status_code
        == 304
    )
    assert client.get("/sitemap-nope.xml").status_code == 404
    assert client.get("/sitemap-articles.xml?p=abc").status_code == 404
    assert client.get("/sitemap-articles.xml?p=99").status_code == 404


def test_it_points_robots_at_the_sitemaps(client, site_tree):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in text and f"Sitemap: {SITE}/sitemap-news.xml" in text
    assert "Disallow: /admin/" in text


def test_it_keeps_search_pages_out_of_the_index(client, site_tree):
    assert '<meta name="robots" content="noindex">' in client.get("/search/?q=x").content.decode()
