"""RSS and Atom feeds for the site, each topic, each tag and each author.

One base class holds everything about an article item; the subclasses only say
which articles and what the feed is called (djangoproject.com's blog/feeds.py shape)."""

import copy
import mimetypes
import uuid
from functools import partial

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Enclosure
from django.utils.html import format_html
from wagtail.models import Site

from entities.models import Entity
from newsroom.models import ArticlePage, ArticleTag, Author, TopicPage
from syndication.feedgen import AtomFeed, RssFeed
from syndication.http import conditional_get, public
from syndication.links import (
    CARD_IMAGE,
    absolute,
    absolute_links,
    modified,
    page_url,
    published,
    renditions,
)
from syndication.models import SyndicationSettings

# The namespace of item GUIDs: fixed forever, so an article keeps its id when its slug,
# topic or the site's domain changes and readers never see it twice.
GUID_NAMESPACE = uuid.UUID("6b1f3c52-7a4e-4f4e-9c43-2f0a8d1e5b10")


def article_guid(article) -> str:
    return f"urn:uuid:{uuid.uuid5(GUID_NAMESPACE, f'article:{article.pk}')}"


def site_name(request) -> str:
    site = Site.find_for_request(request)
    return (site and site.site_name) or "WindowNews"


class ArticleFeed(Feed):
    feed_type = RssFeed
    limit = 30

    def __call__(self, request, *args, **kwargs):
        # One Feed instance serves every request; a shallow copy carries this request's settings.
        feed = copy.copy(self)
        feed.request = request
        feed.site_name = site_name(request)
        feed.full_text = SyndicationSettings.for_request(request).feed_full_text
        return public(conditional_get(partial(Feed.__call__, feed))(request, *args, **kwargs))

    def articles(self, obj):
        return ArticlePage.objects.published()

    def items(self, obj):
        articles = (
            self.articles(obj)
            .for_listing()
            .select_related("licence")
            .prefetch_related("tagged_items__tag")
        )
        return articles.newest_first()[: self.limit]

    def author_name(self):
        # Atom wants an author on the feed for entries that name none.
        return self.site_name

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return page_url(item)

    def item_guid(self, item):
        return article_guid(item)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return published(item)

    def item_updateddate(self, item):
        # Atom requires <updated> on every entry; an article
        # never updated was last changed when published.
        return modified(item) or item.last_published_at

    def item_categories(self, item):
        return ([item.topic.title] if item.topic_id else []) + [
            tagged.tag.name for tagged in item.tagged_items.all()
        ]

    def item_description(self, item):
        summary = (
            format_html("<p>{}</p>", item.standfirst)
            if item.standfirst
            else absolute_links(first_paragraph(item))
        )
        return summary + credit_html(item)

    def item_enclosures(self, item):
        image = picture(item)
        return [Enclosure(image["url"], image["length"], image["type"])] if image else []

    def item_extra_kwargs(self, item):
        people = [(author.name, absolute(author.get_absolute_url())) for author in item.authors]
        content = absolute_links(str(item.body)) + credit_html(item) if self.full_text else None
        image = picture(item)
        media = {key: image[key] for key in ("url", "type", "width", "height")} if image else None
        return {"people": people, "content": content, "media": media}


def first_paragraph(article):
    block = next((block for block in article.body if block.block_type == "paragraph"), None)
    return str(block) if block else ""


def credit_html(article):
    """Corpus text travels with the credit line its licence asks for."""
    return format_html('<p class="credit">{}</p>', article.credit()) if article.licence_id else ""


def picture(article):
    """The photo, else the picture drawn for the article (its locator map or title card)."""
    found = renditions(article.picture, [CARD_IMAGE])
    if not found:
        return None
    rendition = found[0]
    try:
        length = rendition.file.size
    except OSError:
        return None
    kind = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    size = {"width": str(rendition.width), "height": str(rendition.height)}
    return {"url": absolute(rendition.url), "length": str(length), "type": kind, **size}


class SiteFeed(ArticleFeed):
    def title(self):
        return self.site_name

    def link(self):
        return absolute("/")

    def description(self):
        return f"The latest news from {self.site_name}."


class TopicFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(TopicPage.objects.published(), slug=slug)

    def articles(self, topic):
        return ArticlePage.objects.published().filter(topic=topic)

    def title(self, topic):
        return f"{topic.title} – {self.site_name}"

    def link(self, topic):
        return page_url(topic)

    def description(self, topic):
        return topic.description or f"Every story on {topic.title}."


class TagFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(ArticleTag.public_tags(), slug=slug)

    def articles(self, tag):
        return ArticlePage.objects.published().filter(tagged_items__tag=tag).distinct()

    def title(self, tag):
        return f"{tag.name} – {self.site_name}"

    def link(self):
        return absolute("/")

    def description(self, tag):
        return f"Articles tagged {tag.name}."


class NamedFeed(ArticleFeed):
    """The articles of something with a name and a page of its own, found by its slug."""

    model = None

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def title(self, obj):
        return f"{obj.name} – {self.site_name}"

    def link(self, obj):
        return absolute(obj.get_absolute_url())


class AuthorFeed(NamedFeed):
    model = Author
    articles = staticmethod(Author.published_articles)

    def description(self, author):
        return author.role or f"Articles by {author.name}."


class EntityFeed(NamedFeed):
    """The articles about a person, organisation or place, or quoting them."""

    model = Entity
    articles = staticmethod(Entity.articles)

    def description(self, entity):
        return entity.description or f"Articles about {entity.name}."


def atom(feed_class):
    """The Atom twin of an RSS feed class."""
    return type(
        f"Atom{feed_class.__name__}",
        (feed_class,),
        {"feed_type": AtomFeed, "subtitle": feed_class.description},
    )
