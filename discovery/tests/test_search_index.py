"""PostgreSQL's search entries follow each article's
state; the ranked results page and count stay bounded."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from discovery import search_index
from discovery.models import SearchEntry
from discovery.search import Filters

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite searches Wagtail's FTS5 index, not these entries",
    ),
]

DAY = datetime(2022, 3, 1, 12, tzinfo=UTC)


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


def ids(query, operator="and", **filters):
    return list(search_index.Ranked(query, operator, Filters(**filters))[0:100])


def test_saving_an_article_indexes_it_and_unpublishing_drops_it(make_article):
    article = make_article("Reykjavik harbour strike", body=body("Dockers walked out."))
    assert ids("dockers") == [article.pk]
    article.unpublish()
    assert not SearchEntry.objects.filter(article=article).exists()
    assert ids("dockers") == []


def test_drafts_are_never_indexed(make_article):
    make_article("Reykjavik draft", live=False)
    assert ids("reykjavik") == []


def test_an_embargoed_article_is_found_only_once_its_embargo_ends(make_article):
    article = make_article("Reykjavik embargo", embargo_until=timezone.now() + timedelta(hours=1))
    assert ids("reykjavik") == []
    SearchEntry.objects.filter(article=article).update(
        visible_from=timezone.now() - timedelta(seconds=1)
    )
    assert ids("reykjavik") == [article.pk]


def test_headline_matches_rank_first_then_body_matches_by_relevance(make_article):
    headline = make_article(
        "Geysir erupts", body=body("Tourists watched."), published_at=DAY - timedelta(days=300)
    )
    once = make_article(
        "Tourist season", body=body("The geysir was busy."), published_at=DAY + timedelta(days=9)
    )
    often = make_article(
        "Crowds again",
        body=body("Geysir crowds. The geysir field. A geysir park."),
        published_at=DAY,
    )
    assert ids("geysir") == [headline.pk, often.pk, once.pk]


def test_equally_relevant_matches_are_newest_first(make_article):
    older = make_article("Tourist season", body=body("The geysir was busy."), published_at=DAY)
    newer = make_article(
        "Tourist season", body=body("The geysir was busy."), published_at=DAY + timedelta(days=5)
    )
    assert ids("geysir") == [newer.pk, older.pk]


def test_every_word_must_match_across_headline_and_body(make_article):
    both = make_article("Geysir erupts", body=body("Tourists fled the steam."))
    make_article("Geysir quiet", body=body("Nothing happened."))
    assert ids("geysir tourists") == [both.pk]


def test_filters_apply_before_ranking(make_article, site_tree):
    old = make_article("Geysir report", topic="Sport", published_at=DAY - timedelta(days=400))
    for n in range(5):
        make_article(f"Geysir news {n}", topic="World", published_at=DAY + timedelta(days=n))
    assert ids("geysir", topic="sport") == [old.pk]
    assert ids("geysir", until=(DAY - timedelta(days=300)).date()) == [old.pk]


def test_the_count_stops_past_the_cap(make_article, monkeypatch):
    monkeypatch.setattr(search_index, "MAX_COUNTED", 3)
    for n in range(5):
        make_article(f"Geysir {n}")
    results = search_index.Ranked("geysir", "and", Filters())
    assert results.count() == 3 and results.capped
    assert not search_index.Ranked("geysir", "and", Filters(topic="sport")).capped


def test_rebuild_indexes_every_live_article(make_article):
    make_article("Geysir one")
    make_article("Geysir two")
    make_article("Geysir draft", live=False)
    SearchEntry.objects.all().delete()
    assert search_index.rebuild() == 2
    assert len(ids("geysir")) == 2


def test_a_page_can_span_both_tiers(make_article):
    heads = [
        make_article(f"Geysir headline {n}", published_at=DAY + timedelta(days=n)) for n in range(3)
    ]
    others = [
        make_article(f"Other {n}", body=body("A geysir."), published_at=DAY + timedelta(days=n))
        for n in range(4)
    ]
    results = search_index.Ranked("geysir", "and", Filters())
    everything = results[0:20]
    assert set(everything[:3]) == {a.pk for a in heads}
    assert everything[3:] == [a.pk for a in reversed(others)]
    assert results[2:5] == everything[2:5]
    assert results[4:6] == everything[4:6]
    assert results[10:20] == []


def test_the_index_search_command_rebuilds_the_entries(make_article):
    from io import StringIO

    from django.core.management import call_command

    make_article("Geysir one")
    SearchEntry.objects.all().delete()
    out = StringIO()
    call_command("index_search", stdout=out)
    assert "for 1 articles" in out.getvalue() and len(ids("geysir")) == 1


def test_past_the_cap_the_newest_matches_and_every_headline_match_are_ranked(
    make_article, monkeypatch
):
    monkeypatch.setattr(search_index, "MAX_COUNTED", 3)
    headline = make_article(
        "Geysir erupts", body=body("Tourists watched."), published_at=DAY - timedelta(days=300)
    )
    make_article(
        "Old note", body=body("Geysir geysir geysir, the geysir."), published_at=DAY
    )  # not among the newest 3
    newest = [
        make_article(f"Note {n}", body=body("A geysir."), published_at=DAY + timedelta(days=n))
        for n in range(1, 5)
    ]
    results = search_index.Ranked("geysir", "and", Filters())
    assert results.capped
    assert results[0:3] == [headline.pk, newest[3].pk, newest[2].pk]
