"""Sitemaps of what is published: articles, topics, authors, the section pages, and a Google
News sitemap of the last 48 hours. Locations use the canonical origin (SITE_URL)."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from newsroom.models import ArticlePage, Author, HomePage, NewsIndexPage, TopicIndexPage, TopicPage
from syndication.links import modified, page_url

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per news sitemap


def latest_article(**match):
    """The newest publication time of the published articles matching an OuterRef filter."""
    articles = ArticlePage.objects.published().filter(**match).order_by("-published_at")
    return Subquery(articles.values("published_at")[:1])


class CanonicalSitemap(Sitemap):
    @property
    def protocol(self):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def location(self, item):
        return urlsplit(page_url(item)).path


class ArticleSitemap(CanonicalSitemap):
    def items(self):
        return ArticlePage.objects.published().newest_first()

    def lastmod(self, article):
        return modified(article) or article.last_published_at


class NewsSitemap(ArticleSitemap):
    limit = NEWS_LIMIT

    def items(self):
        return super().items().filter(published_at__gte=timezone.now() - NEWS_WINDOW)


class TopicSitemap(CanonicalSitemap):
    def items(self):
        return (
            TopicPage.objects.published()
            .annotate(latest=latest_article(topic=OuterRef("pk")))
            .order_by("title")
        )

    def lastmod(self, topic):
        return max(filter(None, [topic.latest, topic.last_published_at]), default=None)


class SectionSitemap(CanonicalSitemap):
    """The home page and the two indexes: they change whenever an article is published."""

    def items(self):
        pages = [
            model.objects.published().first() for model in (HomePage, NewsIndexPage, TopicIndexPage)
        ]
        return [page for page in pages if page]

    def lastmod(self, page):
        return (
            ArticlePage.objects.published()
            .order_by("-published_at")
            .values_list("published_at", flat=True)
            .first()
        )


class AuthorSitemap(CanonicalSitemap):
    def items(self):
        latest = latest_article(article_authors__author=OuterRef("pk"))
        return Author.objects.annotate(latest=latest).filter(latest__isnull=False).order_by("slug")

    def location(self, author):
        return author.get_absolute_url()

    def lastmod(self, author):
        return author.latest


SITEMAPS = {
    "pages": SectionSitemap,
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
    "news": NewsSitemap,
}
