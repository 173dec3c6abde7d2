"""Django's Redis cache backend, keeping one client per connection pool.

Django's RedisCacheClient builds a new redis.Redis object for every cache call, and redis-py
8's constructor costs ~45 µs (it fills a case-insensitive table of response callbacks). A
page render makes 10–25 cache calls, so that was a quarter of a cache miss's CPU. The client
holds no connection of its own (it takes one from the pool per command, and the pool notices
a fork), so one client per pool is safe to share between threads and requests.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
