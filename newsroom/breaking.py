"""Breaking news: which published articles the ticker shows, and until when that stays true.

Reader pages are cached whole, so whoever caches a page should not keep it past the moment the
ticker changes by itself: `ticker_expires_at()` is that moment (None when nothing is breaking)."""

from django.utils import timezone

from newsroom.models import ArticlePage

TICKER_SIZE = 5


def breaking_articles(at=None):
    at = at or timezone.now()
    return (
        ArticlePage.objects.published(at=at)
        .filter(breaking_until__gt=at)
        .newest_first()
        .only("title", "url_path", "breaking_until")[:TICKER_SIZE]
    )


def ticker_expires_at(at=None):
    """The earliest end of a current breaking period: the ticker changes then without any edit."""
    at = at or timezone.now()
    ends = [article.breaking_until for article in breaking_articles(at)]
    return min(ends, default=None)


def seconds_until_ticker_changes(at=None):
    at = at or timezone.now()
    expires = ticker_expires_at(at)
    return None if expires is None else max(int((expires - at).total_seconds()), 0)
