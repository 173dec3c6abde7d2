"""The page cache inside Django: answers hits, stores what anonymous readers may share.

It sits first in MIDDLEWARE (after Django's ConditionalGetMiddleware, which answers 304s from
the validators it sets) so it sees the final response (session and security headers
included). The WSGI fast path (pagecache.wsgi) answers most hits before Django starts; this
middleware does the same for requests that reach Django (tests, ASGI, a miss it must render).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from pagecache import pagefiles, policy, responses, store


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        if not settings.PAGECACHE_ENABLED:  # DEBUG: every page rendered from its templates
            return self._uncached(request)
        key = policy.request_key(
            request.method,
            meta.get("PATH_INFO", ""),
            meta.get("QUERY_STRING", ""),
            meta.get("HTTP_COOKIE", ""),
        )
        if key is None:
            return self._uncached(request)
        request.get_host()  # DisallowedHost (a 400) before a cached page is given to any Host
        decision = meta.get("pagecache.decision") or store.decide(key)
        if decision.entry is not None:
            pagefiles.ensure(decision, decision.entry)
            return responses.django_response(decision.entry, request, "HIT")
        try:
            response = self.get_response(request)
            if not responses.is_cacheable(request, response):
                return response
            entry = store.save(
                decision, response.items(), response.content, responses.fresh_seconds(request)
            )
            pagefiles.write(decision, entry)
            return responses.django_response(entry, request, "MISS")
        finally:
            store.release(decision)

    def _uncached(self, request):
        response = self.get_response(request)
        # What a logged-in reader or editor sees must never land in a shared cache.
        if (
            request.COOKIES
            and "Cache-Control" not in response
            and not request.path.startswith(settings.STATIC_URL)
        ):
            patch_cache_control(response, private=True, no_cache=True)
        return response
