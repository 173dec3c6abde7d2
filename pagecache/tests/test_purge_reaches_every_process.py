"""A purge made in another process reaches the pages this one caches, as in the demo: the
scheduler publishes in its own process while the server reads pages through the cache.

The second process is real: a `python` child runs the scheduler on the same database and the
same cache (diskcache in the demo, Redis in production). One round of it ends before the pages
are read again; its loop publishes at the go-live time, which the pages are read until (the
ceiling is a failure's, not a speed goal: bench/publish_latency.py measures that)."""

import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

SCHEDULER = """
import sys, threading
import django
django.setup()
from django.conf import settings
settings.CACHES["default"]["KEY_PREFIX"] = sys.argv[1]  # the test run's own keys
from newsroom.scheduling import publish_due, run_scheduler
if sys.argv[2] == "loop":
    run_scheduler(threading.Event())  # until the test ends it
else:
    assert publish_due()
"""
CEILING = 120  # seconds before a page that never shows the article fails the test


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def scheduler(how):
    """The scheduler in a child process: one round ("round"), or its loop ("loop")."""
    env = dict(
        os.environ, DATABASE_URL=database_url(), DJANGO_SETTINGS_MODULE="windownews.settings"
    )
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    return subprocess.Popen([sys.executable, "-c", SCHEDULER, prefix, how], env=env)


def scheduled_and_cached(client, make_article, topic, go_live_at):
    """A story scheduled for `go_live_at` and the pages that will list it, cached without it."""
    article = make_article("Cup final goes to extra time", topic=topic, live=False)
    article.go_live_at = go_live_at
    article.save_revision(approved_go_live_at=article.go_live_at)
    pages = ("/", topic.url, "/feeds/rss/")
    for url in [*pages, *pages]:  # a feed's first render creates the site's settings: a purge
        client.get(url)
    for url in pages:  # cached here, before the other process publishes
        page = client.get(url)
        assert page["X-Cache"] == "HIT" and article.title not in page.content.decode(), url
    return article, pages


def test_a_story_the_scheduler_publishes_reaches_the_cached_pages(client, make_article, site_tree):
    due = timezone.now() - timedelta(seconds=1)  # due at the next round
    article, pages = scheduled_and_cached(client, make_article, site_tree["topics"]["Sport"], due)
    assert scheduler("round").wait(timeout=600) == 0
    for url in pages:
        assert article.title in client.get(url).content.decode(), url


def test_the_scheduler_s_loop_publishes_at_the_go_live_and_the_cached_pages_show_it(
    client, make_article, site_tree
):
    go_live = timezone.now() + timedelta(seconds=3)  # after the pages are cached
    topic = site_tree["topics"]["Sport"]
    article, pages = scheduled_and_cached(client, make_article, topic, go_live)
    loop = scheduler("loop")
    try:
        for url in pages:
            assert shows_within_ceiling(client, url, article.title), url
    finally:
        loop.terminate()
        loop.wait(timeout=60)


def shows_within_ceiling(client, url, text) -> bool:
    deadline = time.monotonic() + CEILING
    while time.monotonic() < deadline:
        if text in client.get(url).content.decode():
            return True
        time.sleep(0.1)
    return False
