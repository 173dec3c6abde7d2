"""Same-site checks for the comment POST, which carries no CSRF token so the article page
can be cached whole and shared by every reader (DESIGN.md).

Browsers send `Sec-Fetch-Site` on every request and `Origin` on every POST; a form on another
site cannot forge either. A request with neither (curl, old bots) is refused too, since every
browser that can show our page sends at least one of them.
"""

from urllib.parse import urlsplit

from django.conf import settings


def _trusted_origins(request):
    origins = {f"{request.scheme}://{request.get_host()}", settings.SITE_URL.rstrip("/")}
    origins.update(origin.rstrip("/") for origin in settings.CSRF_TRUSTED_ORIGINS)
    return origins


def same_site_problem(request):
    """None when the POST comes from one of our pages, else the reason it does not."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site and fetch_site not in ("same-origin", "none"):
        return f"it was sent from another site ({fetch_site})"
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return (
            None
            if origin.rstrip("/") in _trusted_origins(request)
            else "it was sent from another site"
        )
    if origin == "null":
        return "the browser hid where it came from"
    if fetch_site:
        return None
    referer = request.headers.get("Referer")
    if referer:
        parts = urlsplit(referer)
        return (
            None
            if f"{parts.scheme}://{parts.netloc}" in _trusted_origins(request)
            else "it was sent from another site"
        )
    return "the browser did not say which page sent it"
