"""Timed changes no event announces: an embargo lifting, a breaking-news ticker ending."""

import time

from django.core.cache import cache
from django.db.models import Max, Min
from django.utils import timezone

from newsroom.models import ArticlePage

TIMED_FIELDS = [
    name
    for name in ("embargo_until", "breaking_until")
    if any(f.name == name for f in ArticlePage._meta.get_fields())
]
TICKER_KEY = "pagecache:ticker-until"
# Forgotten by every article purge (pagecache.signals).
NEXT_CHANGE_KEY = "pagecache:next-change"
NONE = -1.0
UNREAD = object()


def next_change(cached=UNREAD) -> float | None:
    """The earliest upcoming timed change, remembered until it passes or an article changes.
    `cached`: the remembered value when the caller has read NEXT_CHANGE_KEY already (None when
    it was not there)."""
    if cached is UNREAD:
        cached = cache.get(NEXT_CHANGE_KEY)
    if cached is None or (cached != NONE and cached <= time.time()):
        cached = _next_change()
        cached = NONE if cached is None else cached
        cache.set(NEXT_CHANGE_KEY, cached, timeout=3600)
    return None if cached == NONE else cached


def _next_change() -> float | None:
    """Epoch seconds of the earliest upcoming timed change on a live article, or None.

    Also notes until when a breaking-news ticker shows, so a purge knows the cached pages
    carry it even after an editor cleared the article's breaking time."""
    now = timezone.now()
    found = []
    for name in TIMED_FIELDS:
        upcoming = ArticlePage.objects.filter(live=True, **{f"{name}__gt": now}).aggregate(
            first=Min(name), last=Max(name)
        )
        if upcoming["first"] is not None:
            found.append(upcoming["first"].timestamp())
            if name == "breaking_until" and upcoming["last"].timestamp() > (
                cache.get(TICKER_KEY) or 0
            ):
                cache.set(TICKER_KEY, upcoming["last"].timestamp(), timeout=None)
    return min(found, default=None)


def ticker_showing() -> bool:
    return (cache.get(TICKER_KEY) or 0) > time.time()
