"""An article whose text the scorer cannot read is skipped and logged: every other article's
Related list is still computed (a lone surrogate once failed every later refresh)."""

import logging

import pytest
from django.db import connection

from discovery.related import compute_all, refresh

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor == "postgresql",
        reason="PostgreSQL refuses to store a lone surrogate; SQLite (the demo) keeps it",
    ),
]


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


def test_it_skips_and_logs_the_article_it_cannot_read(make_article, caplog):
    words = "Kyiv Ukraine shelling ceasefire talks refugees"
    good = [make_article(f"Ukraine update {n}", body=body(words)) for n in range(3)]
    bad = make_article("Ukraine broken", body=body(f"{words} \ud800"))
    with caplog.at_level(logging.ERROR, logger="discovery.documents"):
        compute_all()
        refresh(bad.pk)
        refresh(good[0].pk)
    assert f"skip article {bad.pk}" in caplog.text
    assert "Ukraine update 1" in [a.title for a in good[0].related_articles()]
