"""Peer: Django's own per-view caching (cache_page, here the equivalent per-site middleware)
in local memory, without our page cache."""

from windownews.settings import *  # noqa: F403

MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("pagecache.")]  # noqa: F405
PAGECACHE_ENABLED = False  # the WSGI entry's fast path hands every request to Django
MIDDLEWARE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    *MIDDLEWARE,
    "django.middleware.cache.FetchFromCacheMiddleware",
]
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "cache-page",
    }
}
CACHE_MIDDLEWARE_SECONDS = 300
