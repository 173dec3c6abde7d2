"""Purges that wait for the worker: the CDN's network calls, and local purges that failed."""

import logging
from datetime import timedelta

from django.tasks import task
from django.utils import timezone
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

log = logging.getLogger(__name__)
RETRIES = 5  # with the backoff below: retried for about a minute


@task()
def purge_frontend_cache(urls: list[str]) -> None:
    """Network calls to Varnish/Cloudflare/CloudFront: in the worker, off the editor's request."""
    purge_urls_from_cache(urls)


@task()
def retry_purge(
    paths: list[str], everything: bool, comments_only: list[str], attempt: int = 1
) -> None:
    """A local purge that failed (Redis unreachable), tried again with a growing delay."""
    from pagecache.purge import purge_locally

    try:
        purge_locally(paths, everything, comments_only)
    except Exception:
        if attempt >= RETRIES or not retry_purge.get_backend().supports_defer:
            log.exception("purge failed for good", extra={"paths": paths, "attempt": attempt})
            return
        log.exception("purge failed again", extra={"paths": paths, "attempt": attempt})
        later = timezone.now() + timedelta(seconds=2**attempt)
        retry_purge.using(run_after=later).enqueue(paths, everything, comments_only, attempt + 1)
