"""RSS 2.0 and Atom 1.0 writers: Django's, plus dc:creator, full content and media:content.

Every string passes through `plain` on the way out, so a title holding a control
character, U+FFFE or a lone surrogate gives a valid feed instead of a 500."""

from django.utils import feedgenerator

from syndication.links import plain

DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
MEDIA = "http://search.yahoo.com/mrss/"


def scrub(value):
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, list | tuple):
        return type(value)(scrub(part) for part in value)
    return value


class ScrubbedFeed:
    def __init__(self, *args, **kwargs):
        super().__init__(*scrub(args), **{key: scrub(value) for key, value in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*scrub(args), **{key: scrub(value) for key, value in kwargs.items()})


def add_media(handler, item):
    if image := item.get("media"):
        handler.addQuickElement("media:content", None, {"medium": "image", **image})


class RssFeed(ScrubbedFeed, feedgenerator.Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": DC,
            "xmlns:content": CONTENT,
            "xmlns:media": MEDIA,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, _url in item.get("people", ()):
            handler.addQuickElement("dc:creator", name)
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])
        add_media(handler, item)


class AtomFeed(ScrubbedFeed, feedgenerator.Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, url in item.get("people", ()):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.addQuickElement("uri", url)
            handler.endElement("author")
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
        add_media(handler, item)
