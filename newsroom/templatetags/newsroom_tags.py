from django import template

from newsroom.models import ArticlePage, TopicPage

register = template.Library()


@register.simple_tag
def breaking_news():
    """One indexed query per uncached page; the list is at most a handful of headlines."""
    return list(ArticlePage.objects.breaking())


@register.simple_tag
def topic_links():
    """The masthead's section bar: every published topic, by title (one small query)."""
    return list(TopicPage.objects.published().order_by("title"))
