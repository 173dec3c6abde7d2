"""Old WordPress addresses on the home page's path: /?p=12, /?page_id=3, /?cat=5 ...

Wagtail's RedirectMiddleware only looks up redirects for a 404, and "/" answers 200 with the
home page; this asks the same redirect table, but only for WordPress's own query names."""

from django.http import HttpResponsePermanentRedirect
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

WORDPRESS_QUERY = frozenset({"p", "page_id", "attachment_id", "cat", "tag", "author", "feed"})


class OldQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and WORDPRESS_QUERY & request.GET.keys():
            path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
            redirect = get_redirect(request, path)
            if redirect is not None and redirect.link:
                return HttpResponsePermanentRedirect(redirect.link)
        return self.get_response(request)
