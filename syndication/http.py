"""Validators and caching headers shared by feeds, sitemaps and the API."""

from django.conf import settings
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_cache_control
from django.utils.decorators import decorator_from_middleware

# Django's own middleware as a decorator: an ETag from the body when there is none,
# and a 304 when If-None-Match or If-Modified-Since say the reader is up to date.
conditional_get = decorator_from_middleware(ConditionalGetMiddleware)


def public(response, max_age=None):
    """Everything syndicated is the same for everyone, so any cache may keep it for a while."""
    patch_cache_control(
        response, public=True, max_age=settings.CACHE_SECONDS if max_age is None else max_age
    )
    return response
