"""A purge made in another process reaches the pages this one caches, as in the demo: the
scheduler publishes in its own process while the server reads pages through the cache.

The second process is real: a `python` child runs one round of the scheduler on the same
database and the same cache (diskcache in the demo, Redis in production), and ends before the
pages are read again, so nothing here waits on the clock."""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

SCHEDULER = """
import sys
import django
django.setup()
from django.conf import settings
settings.CACHES["default"]["KEY_PREFIX"] = sys.argv[1]  # the test run's own keys
from newsroom.scheduling import publish_due
assert publish_due()
"""


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def run_scheduler_round():
    env = dict(
        os.environ, DATABASE_URL=database_url(), DJANGO_SETTINGS_MODULE="windownews.settings"
    )
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    subprocess.run([sys.executable, "-c", SCHEDULER, prefix], env=env, check=True, timeout=600)


def test_a_story_the_scheduler_publishes_reaches_the_cached_pages(client, make_article, site_tree):
    topic = site_tree["topics"]["Sport"]
    article = make_article("Cup final goes to extra time", topic=topic, live=False)
    article.go_live_at = timezone.now() - timedelta(seconds=1)  # due at the next round
    article.save_revision(approved_go_live_at=article.go_live_at)
    pages = ("/", topic.url, "/feeds/rss/")
    for url in [*pages, *pages]:  # a feed's first render creates the site's settings: a purge
        client.get(url)
    for url in pages:  # cached here, before the other process publishes
        page = client.get(url)
        assert page["X-Cache"] == "HIT" and article.title not in page.content.decode(), url

    run_scheduler_round()
    for url in pages:
        assert article.title in client.get(url).content.decode(), url
