"""The reader's address, put where every per-address limit reads it: REMOTE_ADDR.

Behind nginx, Varnish or a load balancer the socket's address is the proxy's, so the comments'
flood limit, the follow form's limit and sign-in lockouts (django-axes) would take every reader
for one. Each proxy appends the address it was called from to X-Forwarded-For: with
NUM_PROXIES of them, the entry that many from the right is the reader's (anything left of it
the reader may have written). The API's throttle (django-ninja) reads the REMOTE_ADDR set here."""

from django.conf import settings


class ClientAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if settings.NUM_PROXIES and forwarded:
            hops = forwarded.split(",")
            request.META["REMOTE_ADDR"] = hops[-min(settings.NUM_PROXIES, len(hops))].strip()
        return self.get_response(request)
