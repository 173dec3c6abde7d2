"""One rebuild per expiry: the first request takes the lock, the rest get the stale page."""

import pytest
import time_machine

from pagecache import store
from pagecache.purge import purge_paths

KEY = "/news/hot/?"


def stored(decision, fresh=30):
    return store.save(
        decision, [("Content-Type", "text/html; charset=utf-8")], b"<p>hot</p>", fresh
    )


def test_it_lets_one_request_rebuild_and_serves_the_rest_stale(settings):
    settings.PAGECACHE_STALE_SECONDS = 60
    settings.CACHE_SECONDS = 30
    first = store.decide(KEY)
    assert first.render and first.locked
    entry = stored(first)
    store.release(first)
    expired = entry.fresh_until + 1
    rebuilder = store.decide(KEY, now=expired)
    others = [store.decide(KEY, now=expired) for _ in range(20)]
    assert rebuilder.render and rebuilder.locked
    assert all(d.entry is entry or d.entry == entry for d in others)
    assert not any(d.render for d in others)


def test_it_lets_everyone_rebuild_when_protection_is_off(settings):
    settings.PAGECACHE_STAMPEDE_PROTECTION = False
    entry = stored(store.decide(KEY))
    decisions = [store.decide(KEY, now=entry.fresh_until + 1) for _ in range(5)]
    assert all(d.render and d.entry is None for d in decisions)


def test_it_never_stores_a_page_rendered_before_a_purge(settings):
    before = store.decide(KEY)  # a render starts ...
    purge_paths(["/news/hot/"])  # ... an editor publishes meanwhile ...
    stored(before)  # ... and the old render finishes
    assert store.lookup(KEY)[0] is None


def test_it_never_serves_a_purged_page_stale(settings):
    entry = stored(store.decide(KEY))
    store.release(store.Decision(KEY, (0, 0), locked=True))
    purge_paths(["/news/hot/"])
    decision = store.decide(KEY, now=entry.fresh_until - 1)
    assert decision.entry is None and decision.render


@pytest.mark.parametrize("query", ["", "page=3"])
def test_it_purges_every_variant_of_a_path(query):
    key = f"/news/?{query}"
    stored(store.decide(key))
    purge_paths(["/news/"])
    assert store.lookup(key)[0] is None


def test_it_purges_feeds_as_a_group():
    key = "/feeds/topics/sport/rss/?"
    stored(store.decide(key))
    purge_paths(["/feeds/rss/"])
    assert store.lookup(key)[0] is None


@pytest.mark.django_db
def test_it_keeps_a_page_fresh_no_longer_than_the_next_embargo_end(
    make_article, client, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from pagecache.responses import fresh_seconds

    assert fresh_seconds() == 300
    article = make_article("Embargoed")
    now = timezone.now()
    article.embargo_until = now + timedelta(seconds=90)
    with time_machine.travel(now, tick=False):  # however long the publish takes here
        with django_capture_on_commit_callbacks(execute=True):
            article.save_revision().publish()
        assert fresh_seconds() == pytest.approx(90)
