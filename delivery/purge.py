"""Purge pages from every layer: the Django/Redis cache, the nginx page files and the CDN."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils.encoding import iri_to_uri

from delivery import pagefiles, policy, store

log = logging.getLogger(__name__)


def purge_paths(paths, *, everything=False) -> None:
    """Returns once no local layer can serve the old pages; the CDN purge is queued."""
    # One spelling for the local keys (unicode, like the request keys of delivery.policy),
    # percent-encoded for the CDN (a URL on the wire): a tag page may be /tags/київ/.
    paths = sorted({policy.normal_path(path) for path in paths})
    if everything:
        store.bump(store.EVERYTHING)
        pagefiles.unlink_all()
    # Bump first, unlink after: a render racing with us either sees the new generation or
    # has its freshly written file unlinked here (see pagefiles.write).
    for gen_key in sorted({store.generation_key(path) for path in paths}):
        store.bump(gen_key)
    for path in paths:
        pagefiles.unlink(path)
    log.info("purged", extra={"paths": paths, "everything": everything})
    if settings.WAGTAILFRONTENDCACHE:
        from delivery.tasks import purge_frontend_cache

        urls = [settings.SITE_URL.rstrip("/") + iri_to_uri(path) for path in paths]
        transaction.on_commit(lambda: purge_frontend_cache.enqueue(urls))
