"""Purge pages from every layer: the Django/Redis cache, the nginx page files and the CDN.

A purge runs after the change it follows has committed, so it must never turn the answer to
that request into an error: a failure is logged and retried by a task (pagecache.tasks)."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.encoding import iri_to_uri

from pagecache import pagefiles, policy, store
from pagecache.deadlines import NEXT_CHANGE_KEY

log = logging.getLogger(__name__)


def purge_paths(paths, *, everything=False, comments_only=()) -> None:
    """Returns once no local layer can serve the old pages (or, when one failed, once a retry
    is queued); the CDN purge is queued after the commit.

    comments_only: those of `paths` where nothing changed but the comment section (a comment
    approved or removed under that article): their cached pages go, and so does the comment
    fragment, but the article's other fragments are re-used by the next render."""
    # One spelling for the local keys (unicode, like the request keys of pagecache.policy),
    # percent-encoded for the CDN (a URL on the wire): a tag page may be /tags/київ/.
    paths = sorted({policy.normal_path(path) for path in paths})
    comments_only = sorted({policy.normal_path(path) for path in comments_only})
    try:
        purge_locally(paths, everything, comments_only)
    except Exception:  # Redis or the page folder failed: the change is committed all the same
        log.exception("purge failed; a task retries it", extra={"paths": paths})
        retry_later(paths, everything, comments_only)
    if settings.WAGTAILFRONTENDCACHE:
        urls = [settings.SITE_URL.rstrip("/") + iri_to_uri(path) for path in paths]
        transaction.on_commit(lambda: purge_frontend_later(urls))


def purge_locally(paths, everything=False, comments_only=()) -> None:
    cache.delete(NEXT_CHANGE_KEY)  # an embargo or a breaking time may have been set
    if everything:
        store.bump(store.EVERYTHING)
        pagefiles.unlink_all()
    # Bump first, unlink after: a render racing with us either sees the new generation or
    # has its freshly written file unlinked here (see pagefiles.write).
    for gen_key in sorted({store.generation_key(path) for path in paths}):
        store.bump(gen_key)
    for content_key in sorted(
        {store.content_key(path) for path in paths if path not in comments_only}
    ):
        store.bump(content_key)
    for path in paths:
        pagefiles.unlink(path)
    # Debug: a publish purges dozens of paths, and the audit log already says who changed what.
    log.debug(
        "purged", extra={"paths": paths, "everything": everything, "comments_only": comments_only}
    )


def retry_later(paths, everything, comments_only) -> None:
    from pagecache.tasks import retry_purge

    try:
        retry_purge.enqueue(paths, everything, comments_only)
    except Exception:  # the task queue is down too: the pages expire by themselves
        log.exception("could not queue the purge retry", extra={"paths": paths})


def purge_frontend_later(urls) -> None:
    from pagecache.tasks import purge_frontend_cache

    try:
        purge_frontend_cache.enqueue(urls)
    except Exception:  # the CDN keeps the pages until their s-maxage ends
        log.exception("could not queue the CDN purge", extra={"urls": urls})
