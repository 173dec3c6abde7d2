"""The production WSGI application: cached pages answered before Django starts.

A hit costs the policy check, one cache round trip and the write; Django's URL routing,
middleware and templates run only for misses, the admin and per-reader requests.
"""

import io
import os
import sys
from urllib.parse import urlsplit

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
django_application = get_wsgi_application()

from django.conf import settings  # noqa: E402 (after Django is set up)
from django.http.request import split_domain_port, validate_host  # noqa: E402

from pagecache import pagefiles, policy, responses, store  # noqa: E402

REASONS = {200: "200 OK", 304: "304 Not Modified"}
_known_hosts: dict[str, bool] = {}


def _host_allowed(environ) -> bool:
    # Django checks ALLOWED_HOSTS only on the requests it handles; the fast path does it too.
    host = environ.get("HTTP_HOST", "")
    allowed = _known_hosts.get(host)
    if allowed is None:
        domain, _ = split_domain_port(host)
        allowed = _known_hosts[host] = bool(domain) and validate_host(
            domain, settings.ALLOWED_HOSTS
        )
    return allowed


def application(environ, start_response):
    key = policy.request_key(
        environ.get("REQUEST_METHOD", ""),
        environ.get("PATH_INFO", ""),
        environ.get("QUERY_STRING", ""),
        environ.get("HTTP_COOKIE", ""),
    )
    if key is None or not _host_allowed(environ):
        return django_application(environ, start_response)
    decision = store.decide(key)
    if decision.entry is None:
        environ["pagecache.decision"] = decision  # the middleware renders and stores it
        return django_application(environ, start_response)
    pagefiles.ensure(decision, decision.entry)
    status, headers, body = responses.render(
        decision.entry,
        environ.get("HTTP_ACCEPT_ENCODING", ""),
        environ.get("HTTP_IF_NONE_MATCH", ""),
        environ.get("HTTP_IF_MODIFIED_SINCE", ""),
        environ["REQUEST_METHOD"] == "HEAD",
        "HIT",
    )
    start_response(REASONS[status], headers)
    return [body]


def refresh(path: str) -> None:
    """Render an expired page as an anonymous reader would get it (the sweeper's rebuild)."""
    host = urlsplit(settings.SITE_URL).hostname or "127.0.0.1"
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path.encode("utf-8").decode("latin-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "HTTP_HOST": host
        if validate_host(host, settings.ALLOWED_HOSTS)
        else settings.ALLOWED_HOSTS[0].lstrip("."),
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
    }
    for _ in application(environ, lambda status, headers, exc_info=None: None):
        pass


pagefiles.start_sweeper(refresh=refresh)
