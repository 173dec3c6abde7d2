"""What a render's shared parts live by, read once per request.

The routed page (pagecache.routing), the fragments ({% fragment_version %}) and the site's name
(windownews.context) stay valid while the purge generations they were kept under hold: the
page's, the site-wide one and the next timed change (pagecache.deadlines). One round trip to
the cache reads them all and the request keeps the answer, so a re-render asks the cache once
instead of twice per part (ten round trips for an article).
"""

from dataclasses import dataclass

from django.core.cache import cache

from pagecache import store
from pagecache.deadlines import NEXT_CHANGE_KEY, next_change
from pagecache.policy import normal_path

ATTRIBUTE = "pagecache_generations"  # on the request: {path or None: Generations}


@dataclass(frozen=True, slots=True)
class Generations:
    site: tuple  # every page's: (epoch, everything)
    page: tuple  # the page's whole-page generation, comment section included
    content: tuple  # the one a purge of the page's comment section alone leaves as it is
    next_change: float | None

    def key(self, scope: str = "") -> str:
        """'content': what lives by the page's content; '': by all of the page (or, for no
        page, by every page); each ends at the next timed change."""
        parts = self.content if scope == "content" else self.page
        return ".".join(str(part) for part in (*parts, self.next_change))


def of(request, path: str | None) -> Generations:
    """The generations of the page at `path` (None: the site-wide ones), once per request."""
    known = getattr(request, ATTRIBUTE, None)
    if known is None:
        known = {}
        if request is not None:
            setattr(request, ATTRIBUTE, known)
    path = None if path is None else normal_path(path)
    if path not in known:
        known[path] = _read(path)
        known.setdefault(None, _site_only(known[path]))
    return known[path]


def _read(path: str | None) -> Generations:
    keys = [store.EVERYTHING, store.EPOCH, NEXT_CHANGE_KEY]
    page_key = content_key = store.EVERYTHING
    if path is not None:
        page_key, content_key = store.generation_key(path + "?"), store.content_key(path)
        keys += [page_key, content_key]
    found = cache.get_many(keys)
    page = store.generation_of(found, page_key)
    return Generations(
        site=page[:2],
        page=page,
        content=(*page[:2], found.get(content_key, 0)),
        next_change=next_change(found.get(NEXT_CHANGE_KEY)),
    )


def _site_only(generations: Generations) -> Generations:
    """What lives by every page (the ticker, the topics bar), from any page's reading."""
    everything = (*generations.site, generations.site[1])
    return Generations(generations.site, everything, everything, generations.next_change)
