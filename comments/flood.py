"""One comment per IP and per email every FLOOD_SECONDS, kept in the cache (Redis in production).

`cache.add` is atomic in Redis and in the demo's disk cache, so two requests racing for the
same slot cannot both get it. The slot remembers which comment took it: the same comment sent
again (a double-click, a retry after an error) is not a flood; the unique fingerprint on the
table decides whether it is stored.
"""

import hashlib

from django.core.cache import cache

FLOOD_SECONDS = 15


def _keys(ip, email):
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
    return [f"comments:flood:ip:{ip}", f"comments:flood:email:{digest}"]


def take_slot(ip, email, fingerprint):
    """True when this submission may go ahead."""
    for key in _keys(ip or "unknown", email):
        if not cache.add(key, fingerprint, FLOOD_SECONDS) and cache.get(key) != fingerprint:
            return False
    return True


def release_slot(ip, email, fingerprint):
    """After a failed save, so the reader can send again at once."""
    for key in _keys(ip or "unknown", email):
        if cache.get(key) == fingerprint:
            cache.delete(key)
