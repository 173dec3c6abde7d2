from urllib.parse import urlsplit

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


PROVIDERS = {
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "vimeo.com": "Vimeo",
    "twitter.com": "X",
    "x.com": "X",
    "bsky.app": "Bluesky",
    "instagram.com": "Instagram",
    "facebook.com": "Facebook",
    "tiktok.com": "TikTok",
    "flickr.com": "Flickr",
    "soundcloud.com": "SoundCloud",
    "spotify.com": "Spotify",
    "dailymotion.com": "Dailymotion",
    "ted.com": "TED",
    "slideshare.net": "SlideShare",
    "speakerdeck.com": "Speaker Deck",
    "wordpress.tv": "WordPress.tv",
    "videopress.com": "VideoPress",
}


@register.filter
def embed_provider(url):
    """'YouTube' for a YouTube address, else the host: an embed is shown as a link card, so
    rendering it fetches nothing (no oEmbed call) and the reader's browser contacts the provider
    only when the reader follows the link."""
    host = (urlsplit(url or "").hostname or "").removeprefix("www.").removeprefix("m.")
    for domain, name in PROVIDERS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host
