"""Which Wagtail Site (and its home page) answers a host, without a query per request.

Wagtail looks the Site up in the database on every request (`Site.find_for_request`), then
loads its root page as its specific type before routing: two queries, a quarter of an
article render whose shared parts are cached. Sites change a few times in a site's life, so
the answer is kept in Django's cache (shared by every app server through Redis) under a
version that any save or delete of a Site or a home page bumps; SITE_SECONDS bounds anything
that changes without a signal.
"""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

from pagecache import store

KEY, VERSION = "dl:site:", "dl:site-version"
SITE_SECONDS = 60


def site_for(request) -> Site | None:
    """Wagtail's own answer, with the root page already specific, from the cache when known."""
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"{KEY}{hostname}:{request.get_port()}"
    try:
        found = cache.get_many([key, VERSION])
    except Exception:  # the cache is down (health checks say so): answer as Wagtail would
        return Site._find_for_request(request)
    version = found.get(VERSION, 0)
    cached = found.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    site = Site._find_for_request(request)
    if site is not None:
        # Routing starts at root_page.localized.specific: resolve it once, here.
        site.root_page = site.root_page.specific
        cache.set(key, (version, site), timeout=SITE_SECONDS)
    return site


def forget() -> None:
    """Every process's cached answer goes at once (atomic on Redis)."""
    store.bump(VERSION)


class SiteLookupMiddleware:
    """Hands Wagtail the cached Site; Wagtail keeps it on the request as if it had found it.

    After CommonMiddleware, so the Host header has been checked against ALLOWED_HOSTS and a
    made-up host cannot fill the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for(request)
        return self.get_response(request)
