"""Shared fragments with Django's own {% cache %} tag, renewed by every purge of their page:

    {% fragment_version page "content" as v %}{% cache v.seconds "article" page.pk v.key %}

`v.key` is the page's purge generation ("content": the one a purge of its comment section alone
leaves unchanged; no page: the site-wide one, for the ticker) plus the next timed change no
event announces (an embargo lifting, a ticker ending: pagecache.deadlines). So whatever purges
the page renews the fragment, and a page whose cache entry merely expired re-renders from
fragments in a few milliseconds. Previews, DEBUG and PAGECACHE_FRAGMENT_SECONDS = 0 get
`v.seconds` 0 under a key nothing is ever stored under: every part is rendered.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings

from pagecache import routing, versions

register = template.Library()


@dataclass(frozen=True, slots=True)
class Version:
    seconds: int
    key: str


OFF = Version(0, "off")


@register.simple_tag(takes_context=True)
def fragment_version(context, page=None, scope=""):
    request = context.get("request")
    if not settings.PAGECACHE_FRAGMENT_SECONDS or getattr(request, "is_preview", False):
        return OFF
    path = None
    if page is not None:
        path = routing.address_of(page, request) if page.pk else None
        if not path:
            return OFF
    key = versions.of(request, path).key(scope)
    return Version(settings.PAGECACHE_FRAGMENT_SECONDS, key)
