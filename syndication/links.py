"""Absolute URLs and the facts about an article that every machine-readable output shares.

Feeds, sitemaps, JSON-LD and social cards all point at SITE_URL (the canonical origin),
never at whatever Host header a request happened to carry."""

import re

from django.conf import settings
from django.templatetags.static import static
from django.utils.text import Truncator
from wagtail.rich_text import get_text_for_indexing

from newsroom.text import clean

# Three aspect ratios search engines ask for (16:9, 4:3, 1:1); Wagtail's fill never upscales.
IMAGE_RATIOS = ("fill-1200x675", "fill-1200x900", "fill-1200x1200")
CARD_IMAGE = IMAGE_RATIOS[0]
SOCIAL_IMAGE = "fill-1200x630"  # what OpenGraph and X show large (1.91:1)
LOGO_PATH = "syndication/logo.png"
LOGO_SIZE = (512, 512)
# The site's own social card: the logo on a card, rendered by newsroom's render_brand.
SITE_CARD_PATH = "brand/card.png"
SITE_CARD_SIZE = (1200, 630)


def absolute(path: str) -> str:
    """A root-relative path on the canonical origin; absolute URLs pass through."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL.rstrip("/") + path


_ROOT_RELATIVE = re.compile(r'(\s(?:href|src|poster)=")/(?!/)')
_SRCSET = re.compile(r'(\ssrcset=")([^"]*)"')


def absolute_links(html: str) -> str:
    """Root-relative links and images in a body made absolute: a feed reader shows the item
    on its own origin, where /news/x/ or /media/y.webp would point nowhere."""
    origin = settings.SITE_URL.rstrip("/")
    html = _ROOT_RELATIVE.sub(lambda m: f"{m[1]}{origin}/", html)

    def srcset(match):
        entries = [entry.strip() for entry in match[2].split(",")]
        fixed = [
            origin + entry if entry.startswith("/") and not entry.startswith("//") else entry
            for entry in entries
        ]
        return f'{match[1]}{", ".join(fixed)}"'

    return _SRCSET.sub(srcset, html)


def page_url(page) -> str:
    return absolute(page.get_url() or "/")


def logo_url() -> str:
    return absolute(static(LOGO_PATH))


def site_card_url() -> str:
    return absolute(static(SITE_CARD_PATH))


def published(article):
    return article.published_at or article.first_published_at


def modified(article):
    """Never before the publication time, whatever an editor typed."""
    first = published(article)
    return max(filter(None, [first, article.updated_at])) if first else article.updated_at


def renditions(image, specs=IMAGE_RATIOS):
    """Renditions of an image by spec; none when the file
    is missing (a broken upload must not 500 a feed)."""
    if image is None:
        return []
    try:
        found = image.get_renditions(*specs)
    except (OSError, ValueError):
        return []
    return [found[spec] for spec in specs]


def plain(text) -> str:
    """Text from the database made safe for XML and
    JSON: no control characters or lone surrogates."""
    return clean(str(text or ""))


def summary(article, words=50) -> str:
    """The standfirst, or else the opening of the first paragraph, as plain text."""
    if article.standfirst or article.search_description:
        return plain(article.standfirst or article.search_description)
    block = next((block for block in article.body if block.block_type == "paragraph"), None)
    text = get_text_for_indexing(block.value.source) if block else ""
    return plain(Truncator(text).words(words))
