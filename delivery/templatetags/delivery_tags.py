"""{% shared_fragment "name" page %}...{% endshared_fragment %}: a part of a page rendered once
and reused by every render of that page until the page is purged.

For parts that are the same for every reader and expensive (the comment section: ~20 ms
of template work for 30 comments). It is valid exactly as long as the page's purge
generation, so whatever purges the page (comments_changed, a publish) renews it too; a
timed change inside it waits at most DELIVERY_FRAGMENT_SECONDS.
"""

from django import template
from django.conf import settings
from django.core.cache import cache

from delivery import policy, store

register = template.Library()
FRAGMENT = "dl:f:"


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, page):
        self.nodelist, self.name, self.page = nodelist, name, page

    def render(self, context):
        page = self.page.resolve(context)
        url = page.get_url(request=context.get("request")) if page is not None else None
        if not url:
            return self.nodelist.render(context)
        gen_key = store.generation_key(policy.normal_path(url) + "?")
        key = f"{FRAGMENT}{self.name.resolve(context)}:{page.pk}"
        found = cache.get_many([key, gen_key, store.EVERYTHING, store.EPOCH])
        generation = store.generation_of(found, gen_key)
        cached = found.get(key)
        if cached is not None and cached[0] == generation:
            return cached[1]
        html = self.nodelist.render(context)
        cache.set(key, (generation, html), timeout=settings.DELIVERY_FRAGMENT_SECONDS)
        return html


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError('usage: {% shared_fragment "name" page %}...{% endshared_fragment %}')
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
