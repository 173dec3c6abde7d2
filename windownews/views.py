from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.views.static import serve


def health(request):
    """For load balancers: 200 when the database and the cache answer, 503 when one does not."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as error:  # any database failure means "take me out of rotation"
        checks["database"] = error.__class__.__name__
    try:
        # Redis holds the page cache and the rebuild locks; without it every request renders.
        cache.set("healthz", 1, timeout=5)
        checks["cache"] = "ok" if cache.get("healthz") == 1 else "unreadable"
    except Exception as error:  # a refused connection, a timeout: out of rotation too
        checks["cache"] = error.__class__.__name__
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )
    response["Cache-Control"] = "no-store"
    return response


def media(request, path):
    """The demo's uploads (production serves them from the web server). A name the file system
    refuses (too long, a NUL) is a file that is not there, not a server error."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except (OSError, ValueError):
        raise Http404("No such file.") from None


def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page links: point them at the
    hashed file, which is cached for a year."""
    return HttpResponsePermanentRedirect(static("brand/favicon.ico"))
