"""{% shared_fragment "name" page %}...{% endshared_fragment %}: a part of a page rendered once
and reused by every render of that page until the page is purged.
{% shared_fragment "name" page content %}: the same, but kept through a purge of the page's
comment section alone (a comment approved or removed): the article and its head, which
change only when the article does.
{% shared_fragment "name" %}...{% endshared_fragment %}: the same for a part every page shows
(the breaking-news ticker), renewed by a site-wide purge.

For parts that are the same for every reader and expensive: the article itself, its
machine-readable head, the comment section (~20 ms of template work for 30 comments). A
fragment is valid exactly as long as the page's purge generation, so whatever purges the
page (comments_changed, a publish, a correction) renews it too. It also ends at the next
timed change no event announces (an embargo lifting, a ticker ending: pagecache.deadlines),
as a cached page does; anything else timed inside it (comments closing) waits at most
PAGECACHE_FRAGMENT_SECONDS. So a page whose cache entry merely expired re-renders in a few
milliseconds, an approved comment costs the comment section, and only a change to the
article pays for the whole render.

Previews never read or write fragments: they show a draft, not the published page.
"""

import time

from django import template
from django.conf import settings

from pagecache import store
from pagecache.deadlines import next_change

register = template.Library()
FRAGMENT = "dl:f2:"  # v2: (generation, html, valid_until); v1 entries are never read


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, page=None, content=False):
        self.nodelist, self.name, self.page, self.content = nodelist, name, page, content

    def render(self, context):
        request = context.get("request")
        if getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        if self.page is None:
            key, path = f"{FRAGMENT}{self.name.resolve(context)}", None
        else:
            page = self.page.resolve(context)
            path = page.get_url(request=request) if page is not None and page.pk else None
            if not path:
                return self.nodelist.render(context)
            key = f"{FRAGMENT}{self.name.resolve(context)}:{page.pk}"
        html, generation = store.read_shared(key, path, content=self.content)
        if html is None:
            html = self.nodelist.render(context)
            store.write_shared(key, generation, html, valid_until())
        return html


def valid_until() -> float:
    until = time.time() + settings.PAGECACHE_FRAGMENT_SECONDS
    upcoming = next_change()
    return min(until, upcoming) if upcoming is not None else until


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    content = bits[-1] == "content"
    if content:
        bits.pop()
    if len(bits) not in (2, 3) or (content and len(bits) != 3):
        raise template.TemplateSyntaxError(
            'usage: {% shared_fragment "name" [page [content]] %}...{% endshared_fragment %}'
        )
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    page = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    return SharedFragmentNode(nodelist, parser.compile_filter(bits[1]), page, content)
