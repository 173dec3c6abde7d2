"""Peer: a plain Wagtail page render, our page cache and shared fragments taken out."""

from windownews.settings import *  # noqa: F403

MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("pagecache.")]  # noqa: F405
PAGECACHE_ENABLED = False  # the WSGI entry's fast path hands every request to Django
PAGECACHE_FRAGMENT_SECONDS = 0  # no shared fragments and no cached routed row: every part rendered
