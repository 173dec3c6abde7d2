"""The page cache's fast path: cached pages answered before Django starts.

windownews/wsgi.py wraps Django's WSGI application in it (the one entry, for `windownews serve`
and any WSGI server). A hit costs the policy check, one cache round trip and the write;
Django's URL routing, middleware and templates run only for misses, the admin, per-reader
and conditional requests (Django's ConditionalGetMiddleware answers those from the same entry).
"""

import io
import sys
from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port, validate_host

from pagecache import pagefiles, policy, responses, store


class FastPath:
    def __init__(self, django_application):
        self.django_application = django_application
        self.known_hosts: dict[str, bool] = {}
        pagefiles.start_sweeper(refresh=self.refresh)

    def host_allowed(self, environ) -> bool:
        # Django checks ALLOWED_HOSTS only on the requests it handles; the fast path does it too.
        host = environ.get("HTTP_HOST", "")
        allowed = self.known_hosts.get(host)
        if allowed is None:
            domain, _ = split_domain_port(host)
            allowed = self.known_hosts[host] = bool(domain) and validate_host(
                domain, settings.ALLOWED_HOSTS
            )
        return allowed

    def __call__(self, environ, start_response):
        key = _fast_key(environ)
        if key is None or not self.host_allowed(environ):
            return self.django_application(environ, start_response)
        decision = store.decide(key)
        if decision.entry is None:
            environ["pagecache.decision"] = decision  # the middleware renders and stores it
            return self.django_application(environ, start_response)
        pagefiles.ensure(decision, decision.entry)
        headers, body = responses.render(
            decision.entry,
            environ.get("HTTP_ACCEPT_ENCODING", ""),
            environ["REQUEST_METHOD"] == "HEAD",
            "HIT",
        )
        start_response("200 OK", headers)
        return [body]

    def refresh(self, path: str) -> None:
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
        for _ in self(environ, lambda status, headers, exc_info=None: None):
            pass


def _fast_key(environ) -> str | None:
    """The cache key when the fast path may answer; None hands the request to Django."""
    if not settings.PAGECACHE_ENABLED or "HTTP_IF_NONE_MATCH" in environ:
        return None
    if "HTTP_IF_MODIFIED_SINCE" in environ:
        return None
    return policy.request_key(
        environ.get("REQUEST_METHOD", ""),
        environ.get("PATH_INFO", ""),
        environ.get("QUERY_STRING", ""),
        environ.get("HTTP_COOKIE", ""),
    )
