"""A purge made in another process reaches the pages this one caches, as in the demo: the
scheduler publishes in its own process while the server reads pages through the cache.

The second process is real (the scheduler's loop in a `python` child, on the same database
and the same cache: files in the demo, Redis in production)."""

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
from newsroom.scheduling import run_scheduler
run_scheduler(threading.Event(), interval=0.5)
"""


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def scheduler_process():
    env = dict(
        os.environ, DATABASE_URL=database_url(), DJANGO_SETTINGS_MODULE="windownews.settings"
    )
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    process = subprocess.Popen([sys.executable, "-c", SCHEDULER, prefix], env=env)
    yield process
    process.terminate()
    process.wait(30)


def shows(client, url, title, *, within=60.0) -> bool:
    """Whether the page shows `title` before `within` seconds pass (a bound for a broken
    build to fail by, not a figure: bench/publish_latency.py measures the delay)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if title in client.get(url).content.decode():
            return True
        time.sleep(0.1)
    return False


def test_a_story_the_scheduler_publishes_reaches_the_cached_pages(
    client, make_article, site_tree, scheduler_process
):
    topic = site_tree["topics"]["Sport"]
    article = make_article("Cup final goes to extra time", topic=topic, live=False)
    article.go_live_at = timezone.now() + timedelta(seconds=4)
    article.save_revision(approved_go_live_at=article.go_live_at)
    for url in ("/", topic.url):  # cached here, before the other process publishes
        client.get(url)
        page = client.get(url)
        assert page["X-Cache"] == "HIT" and article.title not in page.content.decode(), url

    assert shows(client, "/", article.title)
    for url in (topic.url, "/feeds/rss/"):
        assert article.title in client.get(url).content.decode(), url
