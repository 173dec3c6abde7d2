"""Purge pages from every layer: the Django/Redis cache, the nginx page files and the CDN."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils.encoding import iri_to_uri

from pagecache import pagefiles, policy, store

log = logging.getLogger(__name__)


def purge_paths(paths, *, everything=False, comments_only=()) -> None:
    """Returns once no local layer can serve the old pages; the CDN purge is queued.

    comments_only: those of `paths` where nothing changed but the comment section (a comment
    approved or removed under that article): their cached pages go, and so does the comment
    fragment, but the article's other fragments are re-used by the next render."""
    # One spelling for the local keys (unicode, like the request keys of pagecache.policy),
    # percent-encoded for the CDN (a URL on the wire): a tag page may be /tags/київ/.
    paths = sorted({policy.normal_path(path) for path in paths})
    if everything:
        store.bump(store.EVERYTHING)
        pagefiles.unlink_all()
    # Bump first, unlink after: a render racing with us either sees the new generation or
    # has its freshly written file unlinked here (see pagefiles.write).
    comments_only = {policy.normal_path(path) for path in comments_only}
    for gen_key in sorted({store.generation_key(path) for path in paths}):
        store.bump(gen_key)
    for content_key in sorted(
        {store.content_key(path) for path in paths if path not in comments_only}
    ):
        store.bump(content_key)
    for path in paths:
        pagefiles.unlink(path)
    log.info(
        "purged",
        extra={"paths": paths, "everything": everything, "comments_only": sorted(comments_only)},
    )
    if settings.WAGTAILFRONTENDCACHE:
        from pagecache.tasks import purge_frontend_cache

        urls = [settings.SITE_URL.rstrip("/") + iri_to_uri(path) for path in paths]
        transaction.on_commit(lambda: purge_frontend_cache.enqueue(urls))
