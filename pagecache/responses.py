"""One cached page as the bytes and headers of a response: encoding and validators."""

import time
from email.utils import formatdate

from django.conf import settings
from django.http import HttpResponse

from pagecache.store import Entry


def cache_control(entry: Entry, now: float) -> str:
    # Browsers revalidate (cheap with the ETag); shared caches keep the page for what is
    # left of its freshness and may serve it stale while they fetch a new one.
    fresh = max(0, int(entry.fresh_until - now))
    stale = max(0, int(entry.stale_until - entry.fresh_until))
    return f"public, max-age=0, s-maxage={fresh}, stale-while-revalidate={stale}"


def render(entry: Entry, accept_encoding: str, head: bool, state: str):
    """(headers, body) of a 200 for this request, from the stored page. Conditional requests
    go to Django, whose ConditionalGetMiddleware turns this into a 304 when they match."""
    now = time.time()
    headers = [
        ("ETag", entry.etag),
        ("Last-Modified", formatdate(entry.last_modified, usegmt=True)),
        ("Cache-Control", cache_control(entry, now)),
        ("Vary", "Accept-Encoding"),
        ("X-Cache", state),
        *entry.headers,
    ]
    if "br" in accept_encoding:
        body = entry.brotli
        headers.append(("Content-Encoding", "br"))
    elif "gzip" in accept_encoding:
        body = entry.gzip
        headers.append(("Content-Encoding", "gzip"))
    else:
        body = entry.body
    headers.append(("Content-Length", str(len(body))))
    return headers, b"" if head else body


def django_response(entry: Entry, request, state: str) -> HttpResponse:
    headers, body = render(
        entry, request.META.get("HTTP_ACCEPT_ENCODING", ""), request.method == "HEAD", state
    )
    response = HttpResponse(body)
    for name, value in headers:
        response.headers[name] = value
    return response


def is_cacheable(request, response) -> bool:
    """A response every anonymous reader may get: 200, whole, no cookie, not marked private."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def fresh_seconds(request=None) -> float:
    """How long a page stays fresh: CACHE_SECONDS, but never past the next timed change
    (an embargo lifting, a breaking-news ticker ending) that no publish event announces."""
    from pagecache import versions

    seconds = float(settings.CACHE_SECONDS)
    upcoming = versions.of(request, None).next_change
    if upcoming is not None:
        seconds = min(seconds, max(0.0, upcoming - time.time()))
    return seconds
