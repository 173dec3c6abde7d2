"""Peer: a plain Wagtail page render, our page cache taken out."""

from windownews.settings import *  # noqa: F403

MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("delivery.")]  # noqa: F405
