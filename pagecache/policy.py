"""Which requests may be answered from the page cache, and under which key.

One key per reader-visible variant: the path plus the few query parameters that change
the page (?page=N). Tracking junk (utm_*, fbclid) is dropped so it cannot split the
cache; any other parameter (?replyto=, ?q=) bypasses the cache instead of being guessed at.
"""

import contextlib
import functools
from urllib.parse import unquote

from django.conf import settings
from django.urls import reverse

# THE list of the site's own URLs the page cache leaves alone, by URL name: each gives its first
# path segment. Per reader or for editors, never shared here nor at the edge (the VCL passes the
# same segments; pagecache/tests/test_reserved_prefixes.py checks they agree).
PRIVATE_URLS = (("wagtailadmin_home", ()), ("comments:post", ()), ("search", ()), ("health", ()))
# Files: fast already, and cached by browsers and the edge by their own headers.
FILE_URLS = (("wagtaildocs_serve", (1, "file.pdf")),)
# Answers with their own Cache-Control for the edge, too short-lived to keep here: the polls
# of live pages (live.views.since), which Varnish or a CDN caches a few seconds.
EDGE_ONLY_URLS = (("live-since", (1, 0)),)
# Lists purged as a whole, by URL name (pagecache.dependencies): which of their pages show a
# given article is not worth computing. Every URL starting like one of these is in the group.
GROUPS = {
    "group:feeds": (
        ("feed-rss", ()),
        ("live-feed-rss", ("slug",)),
        ("sitemap-index", ()),
        ("sitemap-section", ("section",)),
    ),
    "group:archive": (("archive", ()),),
    "group:api": (("api:list_people", ()),),
}


def first_segment(url: str) -> str:
    """'/comments/post/' -> '/comments/', '/healthz' -> '/healthz'."""
    segment, slash, _ = url.lstrip("/").partition("/")
    return f"/{segment}{slash}"


@functools.cache
def private_prefixes() -> tuple[str, ...]:
    return tuple(first_segment(reverse(name, args=args)) for name, args in PRIVATE_URLS)


@functools.cache
def bypass_prefixes() -> tuple[str, ...]:
    files = (
        first_segment(reverse(name, args=args)) for name, args in (*FILE_URLS, *EDGE_ONLY_URLS)
    )
    return (*private_prefixes(), *files, settings.STATIC_URL, settings.MEDIA_URL)


TRACKING_PREFIX = "utm_"
TRACKING_NAMES = frozenset({"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"})
MAX_PAGE = 10_000


def normal_path(path: str) -> str:
    """A WSGI PATH_INFO (latin-1 text) or a page URL (unicode, maybe %-encoded), as one text."""
    with contextlib.suppress(UnicodeError):  # already unicode text
        path = path.encode("latin-1").decode("utf-8")
    return unquote(path) if "%" in path else path


def _normal_query(query: str) -> str | None:
    """'' for the canonical page, 'page=N' for a
    later page, None when the cache must be bypassed."""
    kept = ""
    for pair in query.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        if name.startswith(TRACKING_PREFIX) or name in TRACKING_NAMES:
            continue
        if (
            name != "page"
            or kept
            or not value.isascii()
            or not value.isdigit()
            or not 1 <= int(value) <= MAX_PAGE
        ):
            return None
        kept = "" if int(value) == 1 else f"page={int(value)}"
    return kept


def request_key(method: str, path: str, query: str, cookies: str) -> str | None:
    """The cache key of an anonymous GET/HEAD of a reader page, or None to bypass the cache."""
    if method not in ("GET", "HEAD") or path.startswith(bypass_prefixes()):
        return None
    # A session means a logged-in editor or a reader with per-reader state: never cached.
    if cookies and settings.SESSION_COOKIE_NAME + "=" in cookies:
        return None
    normal_query = _normal_query(query) if query else ""
    if normal_query is None:
        return None
    return f"{normal_path(path)}?{normal_query}"


def group_of(path: str) -> str:
    """Pages purged together by prefix (feeds, sitemaps, archives, the API) share one group."""
    return next((group for group, starts in group_prefixes() if path.startswith(starts)), path)


@functools.cache
def group_prefixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What a group's URLs start with: each route's first segment, or less when an argument
    comes sooner ('/feeds/topics/<slug>/rss/' -> '/feeds/', '/sitemap-<x>.xml' -> '/sitemap-')."""
    prefixes = {group: set() for group in GROUPS}
    for group, routes in GROUPS.items():
        for name, args in routes:
            url = reverse(name, args=args)
            prefixes[group].add(first_segment(url.partition(args[0])[0] if args else url))
    return tuple((group, tuple(sorted(starts))) for group, starts in prefixes.items())
