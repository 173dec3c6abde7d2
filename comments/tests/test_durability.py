"""A comment is accepted only once committed, and the reader's answer says what the database
holds: the connection dying before the commit, during it or after it never makes a saved
comment look lost, nor a lost one look saved."""

import psycopg
import pytest
from django.db import connection, connections
from django.utils import timezone

from comments.models import Comment
from comments.signals import comments_changed
from comments.tests.conftest import fresh_stamp, submit_over_http

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="kills a real PostgreSQL backend"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("rules_alone"),  # no model fitting inside the timed-out request
]
TEXT = "A comment I spent twenty minutes writing.\n\nIt has two paragraphs & an <ampersand>."


def admin_connection():
    settings = connection.settings_dict
    return psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        dbname=settings["NAME"],
        autocommit=True,
    )


def kill_this_threads_backend():
    """Terminate the server process behind this thread's connection, from a second one."""
    from django.db import connection as this_thread

    with this_thread.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    with admin_connection() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


@pytest.fixture
def fields(live_server, wagtail_root, make_article):
    article = make_article("Fragile", published_at=timezone.now())
    return {
        "article": article.pk,
        "comment": TEXT,
        "name": "Ada",
        "email": "ada@example.org",
        "rendered": fresh_stamp(article),
    }


def answer_and_rows(live_server, fields):
    status, html = submit_over_http(live_server.url, fields)
    connection.close()  # the test's own connection may have been killed too
    return status, html, list(Comment.objects.values_list("body", flat=True))


def test_it_says_not_saved_when_the_connection_dies_before_the_commit(
    live_server, fields, monkeypatch
):
    save, killed = Comment.save, []

    def save_then_lose_the_connection(self, *args, **kwargs):
        save(self, *args, **kwargs)  # the INSERT has run inside the open transaction
        if not killed:
            killed.append(kill_this_threads_backend())

    monkeypatch.setattr(Comment, "save", save_then_lose_the_connection)
    status, html, rows = answer_and_rows(live_server, fields)
    assert killed, "the connection was not killed"
    assert status == 503 and "Your comment was not saved" in html
    assert "A comment I spent twenty minutes writing." in html
    assert "&amp; an &lt;ampersand&gt;." in html
    assert rows == []  # the INSERT died with its transaction

    status, html = submit_over_http(live_server.url, fields)
    assert status == 303, html
    assert Comment.objects.get().body == TEXT


@pytest.fixture
def commit_hook(monkeypatch):
    """hook(before, after): run before/after the COMMIT of the transaction that saves a comment."""
    wrapper_class, hooks = type(connections["default"]), {}
    commit, save = wrapper_class.commit, Comment.save

    def save_and_arm(self, *args, **kwargs):
        save(self, *args, **kwargs)
        hooks["armed"] = True

    def hooked_commit(self):
        if not hooks.pop("armed", False):
            return commit(self)
        hooks["before"]()
        commit(self)
        hooks["after"]()

    monkeypatch.setattr(Comment, "save", save_and_arm)
    monkeypatch.setattr(wrapper_class, "commit", hooked_commit)
    return lambda before, after: hooks.update(before=before, after=after)


def test_it_says_not_saved_when_the_connection_dies_as_it_commits(live_server, fields, commit_hook):
    commit_hook(before=kill_this_threads_backend, after=lambda: None)
    status, html, rows = answer_and_rows(live_server, fields)
    assert status == 503 and "Your comment was not saved" in html
    assert rows == []


def test_it_says_posted_when_the_commit_lands_but_its_answer_is_lost(
    live_server, fields, commit_hook
):
    def lose_the_answer():
        kill_this_threads_backend()
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    commit_hook(before=lambda: None, after=lose_the_answer)
    status, html, rows = answer_and_rows(live_server, fields)
    assert status == 303, html
    assert rows == [TEXT]


def test_it_says_posted_when_the_connection_dies_after_the_commit(live_server, fields):
    def kill_during_the_purge(sender, article, **kwargs):
        kill_this_threads_backend()  # what follows (the comment's page) finds no connection

    comments_changed.connect(kill_during_the_purge, dispatch_uid="kill")
    try:
        status, html, rows = answer_and_rows(live_server, fields)
    finally:
        comments_changed.disconnect(dispatch_uid="kill")
    assert status == 303, html
    assert rows == [TEXT]
