from django.tasks import task
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache


@task()
def purge_frontend_cache(urls: list[str]) -> None:
    """Network calls to Varnish/Cloudflare/CloudFront: in the worker, off the editor's request."""
    purge_urls_from_cache(urls)
