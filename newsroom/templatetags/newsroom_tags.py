from django import template

from newsroom.breaking import breaking_articles

register = template.Library()


@register.simple_tag
def breaking_news():
    """One indexed query per uncached page; the list is at most a handful of headlines."""
    return list(breaking_articles())
