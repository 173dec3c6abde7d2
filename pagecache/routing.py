"""Wagtail's serve view, with the page an address routes to kept while that page is cached.

Wagtail routes every request with a query for the Site, one for the home page and (newsroom's
HomePage.route) one for the article: half the CPU of a re-render whose parts all come from
fragments (bench/serve_article.py). An address keeps routing to the same page until that page
is published, unpublished, moved, deleted or made private, and each of those purges it; so the
routed page is kept in the cache under the page's content generation, as its fragments are
(pagecache.versions), and whatever renews them forgets it too. Only a page found at its own
address is kept (no sub-route of a routable page), as Wagtail found it, before it rendered.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page

from pagecache import versions
from pagecache.policy import normal_path

KEY = "pagecache:route:"
ADDRESS = "pagecache_address"  # on the request: (page id, its own address) routing served


def serve(request, path):
    """Answers the page tree's addresses in place of Wagtail's view (windownews/urls.py)."""
    if not settings.PAGECACHE_FRAGMENT_SECONDS or request.method not in ("GET", "HEAD"):
        return wagtail_views.serve(request, path)
    address = normal_path(request.path_info)
    key = f"{KEY}{request.get_host()}{address}"
    generation = versions.of(request, address).key("content")
    kept = cache.get(key)
    if kept is not None and kept[0] == generation:
        setattr(request, ADDRESS, (kept[1].pk, address))
        return serve_page(kept[1], request)
    route = Page.route_for_request(request, path)  # Wagtail's; its serve below reuses it
    if route is not None and _at_own_address(route, address, request):
        cache.set(key, (generation, route[0]), timeout=settings.PAGECACHE_FRAGMENT_SECONDS)
        setattr(request, ADDRESS, (route[0].pk, address))
    return wagtail_views.serve(request, path)


def address_of(page, request) -> str | None:
    """The page's own address, as its purges name it: known when routing served it; else
    get_url_parts, which unlike get_url needs no Site lookup (a query) to say it."""
    served = getattr(request, ADDRESS, None)
    if served is not None and served[0] == page.pk:
        return served[1]
    parts = page.get_url_parts(request=request)
    return parts[2] if parts else None


def serve_page(page, request):
    """What wagtail.views.serve does once it has the page: its hooks, then the page's serve."""
    chain = wagtail_views.serve_chain
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        chain = wrap(chain)
    for hook in hooks.get_hooks("before_serve_page"):
        answer = hook(page, request, (), {})
        if isinstance(answer, HttpResponse):
            return answer
    return chain(page, request, (), {})


def _at_own_address(route, address: str, request) -> bool:
    page, args, kwargs = route
    if args or kwargs:
        return False
    parts = page.get_url_parts(request=request)
    return bool(parts and parts[2]) and normal_path(parts[2]) == address
