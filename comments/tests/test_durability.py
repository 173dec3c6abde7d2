"""A comment is accepted only once committed: the database dying mid-submit loses nothing the
reader typed and leaves nothing half-written."""

import psycopg
import pytest
from django.db import connection
from django.utils import timezone

from comments.models import Comment
from comments.tests.conftest import fresh_stamp, submit_over_http

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="kills a real PostgreSQL backend"),
    pytest.mark.django_db(transaction=True),
]


def test_it_survives_the_connection_dying_between_insert_and_commit(
    live_server, wagtail_root, make_article, monkeypatch
):
    article = make_article("Fragile", published_at=timezone.now())
    stamp = fresh_stamp(article)
    text = "A comment I spent twenty minutes writing.\n\nIt has two paragraphs & an <ampersand>."
    fields = {
        "article": article.pk,
        "comment": text,
        "name": "Ada",
        "email": "ada@example.org",
        "rendered": stamp,
    }
    original_save, killed = Comment.save, []

    def save_then_lose_the_connection(self, *args, **kwargs):
        original_save(self, *args, **kwargs)  # the INSERT has run inside the open transaction
        if not killed:
            from django.db import connection as server_connection

            with server_connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                pid = cursor.fetchone()[0]
            settings = server_connection.settings_dict
            dsn = f"host={settings['HOST']} port={settings['PORT'] or 5432} user={settings['USER']} dbname={settings['NAME']}"
            with psycopg.connect(dsn, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            killed.append(pid)

    monkeypatch.setattr(Comment, "save", save_then_lose_the_connection)
    status, html = submit_over_http(live_server.url, fields)
    assert killed, "the connection was not killed"
    assert status == 503
    assert "Your comment was not saved" in html
    assert (
        "A comment I spent twenty minutes writing." in html
        and "&amp; an &lt;ampersand&gt;." in html
    )
    assert Comment.objects.count() == 0  # the INSERT died with its transaction

    status, html = submit_over_http(live_server.url, fields)
    assert status == 303, html  # the form page says why it was refused
    assert Comment.objects.get().body == text.replace("\r\n", "\n")
