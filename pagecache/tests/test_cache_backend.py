"""The Redis cache backend keeps one client per connection pool (Django builds one per call)."""

import pytest
from django.conf import settings
from django.core.cache import cache

pytestmark = pytest.mark.skipif(
    not settings.REDIS_URL, reason="the Redis backend is used only with REDIS_URL"
)


def test_one_client_serves_every_call_and_still_reads_and_writes():
    backend = cache._cache
    assert backend.get_client(write=True) is backend.get_client(write=False)
    cache.set("backend-check", {"n": 1}, timeout=10)
    assert cache.get_many(["backend-check", "missing"]) == {"backend-check": {"n": 1}}
    cache.delete("backend-check")
    assert cache.get("backend-check") is None
