"""An article scheduled by an editor goes live by itself when the clock passes its time:
on its own page, its topic page and the home page, and not before. Tested with a frozen
clock (time-machine), never with sleep."""

import threading
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from newsroom.models import ArticlePage
from newsroom.scheduling import one_round, publish_due, run_scheduler
from newsroom.tests.admin_forms import article_form, edit_url

pytestmark = pytest.mark.django_db


def visible_everywhere(client, article, topic):
    pages = {
        "article": client.get(f"/news/{article.slug}/"),
        "topic": client.get(topic.url),
        "home": client.get("/"),
    }
    return {
        name: response.status_code == 200 and article.title in response.content.decode()
        for name, response in pages.items()
    }


@pytest.fixture
def scheduled(client, editor, make_article, site_tree):
    topic = site_tree["topics"]["Sport"]
    draft = make_article("Cup final result", topic=topic, live=False)
    go_live = (timezone.now() + timedelta(hours=2)).replace(second=0, microsecond=0)
    client.force_login(editor)
    data = article_form(
        title=draft.title,
        slug=draft.slug,
        topic=topic,
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "1"},
    )
    assert client.post(edit_url(draft), data).status_code == 302
    client.logout()
    return ArticlePage.objects.get(pk=draft.pk), topic, go_live


def test_a_scheduled_article_is_hidden_before_its_time(client, scheduled):
    article, topic, go_live = scheduled
    assert not article.live and article.get_latest_revision().approved_go_live_at == go_live
    with time_machine.travel(go_live - timedelta(minutes=1), tick=False):
        publish_due()
        assert visible_everywhere(client, article, topic) == {
            "article": False,
            "topic": False,
            "home": False,
        }


def test_it_goes_live_everywhere_once_the_clock_passes_its_time(client, scheduled):
    article, topic, go_live = scheduled
    with time_machine.travel(go_live + timedelta(seconds=30), tick=False):
        publish_due()
        assert visible_everywhere(client, article, topic) == {
            "article": True,
            "topic": True,
            "home": True,
        }
        assert ArticlePage.objects.get(pk=article.pk).published_at == go_live


def test_two_workers_never_publish_at_once(scheduled):
    """Another worker holds the publishing lock (its own connection): this one skips its round."""
    import psycopg
    from django.db import connection

    from newsroom.scheduling import ADVISORY_LOCK

    if connection.vendor != "postgresql":
        pytest.skip("the lock is PostgreSQL's; the SQLite demo runs one scheduler")
    article, topic, go_live = scheduled
    params = connection.get_connection_params()
    with psycopg.connect(
        **{k: v for k, v in params.items() if k in ("host", "port", "user", "dbname", "password")}
    ) as other:
        other.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK])
        with time_machine.travel(go_live + timedelta(seconds=30), tick=False):
            assert publish_due() is False
            assert not ArticlePage.objects.get(pk=article.pk).live
        other.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK])
    with time_machine.travel(go_live + timedelta(seconds=30), tick=False):
        assert publish_due() is True
        assert ArticlePage.objects.get(pk=article.pk).live


def test_the_worker_loop_publishes_without_anyone_calling_it(client, scheduled):
    article, topic, go_live = scheduled
    rounds = iter([True, False])  # one round, then stop
    with time_machine.travel(go_live + timedelta(minutes=1), tick=False):
        run_scheduler(threading.Event(), interval=0, alive=lambda: next(rounds))
        assert ArticlePage.objects.get(pk=article.pk).live


def test_the_loop_wakes_when_the_next_go_live_time_comes(scheduled):
    """It sleeps until the next go-live time, but never longer than a poll: an editor may
    schedule an earlier one meanwhile."""
    article, topic, go_live = scheduled
    with time_machine.travel(go_live - timedelta(seconds=1.5), tick=False):
        assert one_round(poll=2) == pytest.approx(1.5)
    with time_machine.travel(go_live - timedelta(hours=1), tick=False):
        assert one_round(poll=2) == 2
    with time_machine.travel(go_live + timedelta(seconds=0.25), tick=False):
        assert one_round(poll=2) == 2  # published; nothing else is due
        assert ArticlePage.objects.get(pk=article.pk).live


def test_the_worker_command_starts_the_scheduler_beside_db_worker(monkeypatch):
    from windownews import cli

    started = []
    monkeypatch.setattr(
        "newsroom.scheduling.start_scheduler_thread", lambda: started.append("scheduler")
    )
    monkeypatch.setattr(
        "django.core.management.call_command", lambda name, *args: started.append(name)
    )
    cli.main(["worker"])
    assert started == ["scheduler", "db_worker"]
