"""One cached page as the bytes and headers of a response: encoding, validators, 304s."""

import time
from email.utils import formatdate, parsedate_to_datetime

from django.conf import settings
from django.http import HttpResponse

from pagecache.store import Entry


def cache_control(entry: Entry, now: float) -> str:
    # Browsers revalidate (cheap with the ETag); shared caches keep the page for what is
    # left of its freshness and may serve it stale while they fetch a new one.
    fresh = max(0, int(entry.fresh_until - now))
    stale = max(0, int(entry.stale_until - entry.fresh_until))
    return f"public, max-age=0, s-maxage={fresh}, stale-while-revalidate={stale}"


def _not_modified(entry: Entry, if_none_match: str, if_modified_since: str) -> bool:
    if if_none_match:
        return entry.etag in if_none_match or if_none_match.strip() == "*"
    if if_modified_since:
        try:
            return parsedate_to_datetime(if_modified_since).timestamp() >= int(entry.last_modified)
        except (TypeError, ValueError):
            return False
    return False


def render(
    entry: Entry,
    accept_encoding: str,
    if_none_match: str,
    if_modified_since: str,
    head: bool,
    state: str,
):
    """(status, headers, body) for this request, from the stored page."""
    now = time.time()
    headers = [
        ("ETag", entry.etag),
        ("Last-Modified", formatdate(entry.last_modified, usegmt=True)),
        ("Cache-Control", cache_control(entry, now)),
        ("Vary", "Accept-Encoding"),
        ("X-Cache", state),
    ]
    if _not_modified(entry, if_none_match, if_modified_since):
        return 304, headers, b""
    headers.extend(entry.headers)
    if "br" in accept_encoding:
        body = entry.brotli
        headers.append(("Content-Encoding", "br"))
    elif "gzip" in accept_encoding:
        body = entry.gzip
        headers.append(("Content-Encoding", "gzip"))
    else:
        body = entry.body
    headers.append(("Content-Length", str(len(body))))
    return 200, headers, b"" if head else body


def django_response(entry: Entry, request, state: str) -> HttpResponse:
    meta = request.META
    status, headers, body = render(
        entry,
        meta.get("HTTP_ACCEPT_ENCODING", ""),
        meta.get("HTTP_IF_NONE_MATCH", ""),
        meta.get("HTTP_IF_MODIFIED_SINCE", ""),
        request.method == "HEAD",
        state,
    )
    response = HttpResponse(body, status=status)
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


def fresh_seconds() -> float:
    """How long a page stays fresh: CACHE_SECONDS, but never past the next timed change
    (an embargo lifting, a breaking-news ticker ending) that no publish event announces."""
    from pagecache.deadlines import next_change

    seconds = float(settings.CACHE_SECONDS)
    upcoming = next_change()
    if upcoming is not None:
        seconds = min(seconds, max(0.0, upcoming - time.time()))
    return seconds
