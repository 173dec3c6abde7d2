"""A purge that fails (Redis unreachable) never fails the request that caused it: it is
logged as an error and retried by a task (the immediate backend runs it at once here)."""

import logging

import pytest
from redis.exceptions import ConnectionError as RedisDown

from pagecache import store
from pagecache.purge import purge_paths

pytestmark = pytest.mark.django_db


def failing(times, real):
    calls = iter(range(times))

    def bump(gen_key):
        if next(calls, None) is not None:
            raise RedisDown("Connection refused")
        return real(gen_key)

    return bump


def test_it_logs_a_failed_purge_and_a_task_purges_again(client, make_article, monkeypatch, caplog):
    article = make_article("Bridge reopens")
    client.get(article.url)
    assert client.get(article.url)["X-Cache"] == "HIT"
    monkeypatch.setattr(store, "bump", failing(1, store.bump))
    with caplog.at_level(logging.ERROR, logger="pagecache"):
        purge_paths([article.url])  # no exception reaches the caller
    assert [r.message for r in caplog.records] == ["purge failed; a task retries it"]
    assert client.get(article.url)["X-Cache"] == "MISS"  # the retry purged it


def test_it_gives_up_loudly_when_the_retries_fail_too(client, make_article, monkeypatch, caplog):
    article = make_article("Bridge closes again")
    monkeypatch.setattr(store, "bump", failing(100, store.bump))
    with caplog.at_level(logging.ERROR, logger="pagecache"):
        purge_paths([article.url])
    assert [r.message for r in caplog.records] == [
        "purge failed; a task retries it",
        "purge failed for good",
    ]
