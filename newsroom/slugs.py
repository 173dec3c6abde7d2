"""What an editor may type as a page slug: plain ASCII words joined by hyphens, and never a word
the site's own URLs use. Unicode lookalikes ('аdmin' with a Cyrillic 'а') are refused rather than
transliterated, because two slugs that look the same to a reader must not lead to different
pages. A slug a page already has is kept (newsroom.forms): the WordPress import keeps a post's
Unicode slug, the address its readers know."""

import re

from django.core.exceptions import ValidationError

# The first segments of windownews/urls.py (a test keeps them equal), static files, and "feed".
RESERVED = frozenset(
    {
        "admin",
        "anymail",
        "api",
        "archive",
        "authors",
        "comments",
        "corrections",
        "documents",
        "feed",
        "feeds",
        "follow",
        "healthz",
        "live",
        "media",
        "organisations",
        "people",
        "places",
        "search",
        "static",
        "tags",
    }
)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def validate_news_slug(slug):
    if not slug:
        return
    if "/" in slug or "\\" in slug or ".." in slug or "%" in slug:
        raise ValidationError(
            "A slug cannot contain '/', '\\', '..' or '%%' (it is one part of the address).",
            code="slug_path",
        )
    if not slug.isascii():
        raise ValidationError(
            "Use only plain letters a–z, digits and hyphens in the slug; “%(slug)s” contains "
            "look-alike or accented characters.",
            code="slug_ascii",
            params={"slug": slug},
        )
    if not SLUG.fullmatch(slug):
        raise ValidationError(
            "Use only lower-case letters a–z, digits and single hyphens in the slug, e.g. "
            "“ukraine-talks”.",
            code="slug_format",
        )
    if slug in RESERVED:
        raise ValidationError(
            "“%(slug)s” is reserved for the site's own pages; choose another slug.",
            code="slug_reserved",
            params={"slug": slug},
        )
