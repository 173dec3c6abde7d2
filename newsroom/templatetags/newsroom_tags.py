from django import template
from django.core.cache import cache

from newsroom.models import ArticlePage, TopicPage

register = template.Library()


@register.simple_tag
def breaking_news():
    """One indexed query per uncached page; the list is at most a handful of headlines."""
    return list(ArticlePage.objects.breaking())


@register.simple_tag
def topic_links(version="", seconds=0):
    """The masthead's section bar: every published topic by title, as {title, url}. With a
    version, the list is kept in the cache for `seconds` under that version: the templates pass
    the page cache's site-wide purge generation, which every change to a topic renews."""
    if not seconds:
        return _topic_links()
    return cache.get_or_set(f"newsroom:topic-links:{version}", _topic_links, seconds)


def _topic_links():
    topics = TopicPage.objects.published().order_by("title")
    return [{"title": topic.title, "url": topic.url} for topic in topics]
