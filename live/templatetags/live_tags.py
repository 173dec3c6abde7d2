from django import template

from live.models import LivePage

register = template.Library()


@register.inclusion_tag("live/banner.html")
def live_now(topic=None):
    """The running live pages (of one story-line, when given), with their LIVE label."""
    pages = LivePage.objects.running()
    if topic is not None:
        pages = pages.filter(topic=topic)
    return {"live_pages": list(pages[:3])}


@register.inclusion_tag("live/ticker.html")
def live_ticker():
    """On every page, beside the breaking news: the coverage that is live right now."""
    return {"live_pages": list(LivePage.objects.running().filter(state=LivePage.State.LIVE)[:2])}
