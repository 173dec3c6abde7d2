"""The desk report: most-quoted people per topic and month, share of articles quoting no one."""

from datetime import UTC, datetime

import pytest

from entities.desk import who_gets_quoted
from entities.models import Entity, Quote

MARCH = datetime(2022, 3, 10, tzinfo=UTC)


@pytest.fixture
def month(make_article):
    silva = Entity.objects.create(name="Ana Silva", slug="ana-silva")
    berg = Entity.objects.create(name="Ola Berg", slug="ola-berg")
    quoting = make_article("Bridge opens", published_at=MARCH)
    make_article("Council meets", published_at=MARCH)  # quotes no one
    for start, speaker, status in [(0, silva, "confirmed"), (20, silva, "confirmed")]:
        Quote.objects.create(
            article=quoting, text="x", start=start, end=start + 1, speaker=speaker, status=status
        )
    Quote.objects.create(
        article=quoting, text="y", start=40, end=41, speaker=berg, status="rejected"
    )
    return silva


def test_a_quote_awaiting_review_counts_as_quoting_someone_but_is_not_ranked(month, make_article):
    doubtful = make_article("Port reopens", published_at=MARCH)
    berg = Entity.objects.get(name="Ola Berg")
    Quote.objects.create(article=doubtful, text="z", start=0, end=1, speaker=berg, confidence=0.6)
    rejected = make_article("Ferry strike", published_at=MARCH)
    Quote.objects.create(
        article=rejected,
        text="w",
        start=0,
        end=1,
        speaker=berg,
        confidence=0.99,
        status="rejected",
    )

    (row,) = who_gets_quoted()

    assert (row.articles, row.quoting_no_one) == (4, 2)  # "Council meets" and "Ferry strike"
    assert row.most_quoted == [("Ana Silva", "/people/ana-silva/", 2)]


def test_it_counts_public_quotes_per_topic_and_month(month):
    (row,) = who_gets_quoted()
    assert (row.month.year, row.month.month, row.topic) == (2022, 3, "Politics and Elections")
    assert (row.articles, row.quoting_no_one, row.share_quoting_no_one) == (2, 1, 0.5)
    assert row.most_quoted == [("Ana Silva", "/people/ana-silva/", 2)]  # Berg's was rejected


def test_it_shows_the_report_to_editors_only(client, editor, reporter, month):
    client.force_login(reporter)
    assert client.get("/admin/who-gets-quoted/").status_code in (302, 403)
    client.force_login(editor)
    html = client.get("/admin/who-gets-quoted/").text
    assert "Ana Silva</a> (2)" in html and "1 (50 %)" in html
