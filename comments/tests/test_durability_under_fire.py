"""Many readers post at once while every database backend is killed, again and again: no comment
is lost or stored twice, and every reader's answer says what the database holds.

bench/comment_durability.py runs this at full scale (500 posts, backends killed 3 times) by
setting COMMENT_DURABILITY_POSTS and COMMENT_DURABILITY_KILLS."""

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.utils import timezone

from comments import flood
from comments.models import Comment
from comments.tests.conftest import fresh_stamp, submit_over_http
from comments.tests.test_durability import admin_connection

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="kills real PostgreSQL backends"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("rules_alone"),
]
POSTS = int(os.environ.get("COMMENT_DURABILITY_POSTS", 40))
KILLS = int(os.environ.get("COMMENT_DURABILITY_KILLS", 3))
READERS = 8  # posting at the same time


def kill_every_backend():
    """Terminate every other server process of the test database, as a crash or failover would."""
    with admin_connection() as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    return len(rows)


def kill_while_posting(done, kills):
    """Kill every backend KILLS times, spread over the run (paced by the answers received)."""
    for round_number in range(1, KILLS + 1):
        while len(done) < POSTS * round_number // (KILLS + 1):
            time.sleep(0.01)
        kills.append(kill_every_backend())


def test_it_loses_nothing_stores_nothing_twice_and_answers_truly(
    live_server, wagtail_root, make_article, monkeypatch
):
    monkeypatch.setattr(flood, "take_slot", lambda *args: True)  # every post from one address
    article = make_article("Under fire", published_at=timezone.now())
    stamp = fresh_stamp(article)

    def send(number):
        fields = {
            "article": article.pk,
            "comment": f"Comment number {number}, sent while the database was being killed.",
            "name": f"Reader {number}",
            "email": f"reader{number}@example.org",
            "rendered": stamp,
        }
        status, _ = submit_over_http(live_server.url, fields)
        done.append(number)
        return fields["comment"], status

    done, kills = [], []
    killer = threading.Thread(target=kill_while_posting, args=(done, kills))
    killer.start()
    with ThreadPoolExecutor(READERS) as readers:
        answers = dict(readers.map(send, range(POSTS)))
    killer.join()
    connection.close()  # killed with the rest
    stored = list(Comment.objects.values_list("body", flat=True))

    posted = {body for body, status in answers.items() if status == 303}
    refused = {body for body, status in answers.items() if status == 503}
    lost, duplicated = posted - set(stored), len(stored) - len(set(stored))
    untrue = refused & set(stored)
    print(
        f"\n{POSTS} posts, backends killed {len(kills)} times ({sum(kills)} backends):"
        f" {len(posted)} answered posted, {len(refused)} answered not saved;"
        f" {len(lost)} lost, {duplicated} duplicated, {len(untrue)} untrue 'not saved'"
    )
    assert len(kills) == KILLS
    assert set(answers.values()) <= {303, 503}, answers
    assert (lost, duplicated, untrue) == (set(), 0, set())
    assert set(stored) == posted
