"""The open-licence corpus: every imported article carries its licence's credit line,
its own date and clean text, and loading twice adds nothing."""

import json
from datetime import date

import pytest
from django.utils.html import escape

from ingest import corpus

WIKINEWS_RECORDS = [
    json.loads(line) for line in corpus.WIKINEWS_FILE.read_text().splitlines() if line.strip()
]
GV_RECORDS = [
    json.loads(line) for line in corpus.GLOBAL_VOICES_FILE.read_text().splitlines() if line.strip()
]
CC_BY_25 = "From {link}, licensed CC BY 2.5; text cleaned."
PUBLIC_DOMAIN = "From {link}, public domain."
CC_BY_30 = "{link}, licensed CC BY 3.0."


def expected_credit(record):
    return PUBLIC_DOMAIN if record["licence"].startswith("Public domain") else CC_BY_25


def test_it_reads_the_whole_corpus_with_the_licence_each_record_states():
    wikinews, global_voices = corpus.wikinews(), corpus.global_voices()
    # 152 Global Voices records less its 5 announcements (job adverts, one posted twice).
    assert (len(wikinews), len(global_voices)) == (331, 147)
    assert not [item for item in global_voices if item.title.startswith("Global Voices seeks")]
    credits = [corpus.CREDITS[item.credit][1] for item in wikinews]
    assert credits == [expected_credit(record) for record in WIKINEWS_RECORDS]
    assert (credits.count(CC_BY_25), credits.count(PUBLIC_DOMAIN)) == (291, 40)
    assert {corpus.CREDITS[item.credit] for item in global_voices} == {("Global Voices", CC_BY_30)}
    assert all(item.is_teaser for item in global_voices)


def test_it_strips_control_characters_and_keeps_paragraphs(tmp_path, monkeypatch):
    record = {
        "id": "wn-test",
        "title": "Storm\x0b hits\x00 the\x1f coast",
        "body": "First\x07 paragraph.\r\n\r\nSecond\x0c paragraph\ufffe.",
        "date": "2020-02-03",
        "url": "https://en.wikinews.org/wiki/Storm",
        "licence": "CC BY 2.5",
    }
    source = tmp_path / "wikinews.jsonl"
    source.write_text(json.dumps(record) + "\n")
    monkeypatch.setattr(corpus, "WIKINEWS_FILE", source)
    [item] = corpus.wikinews()
    assert item.title == "Storm hits the coast"
    assert item.paragraphs == ["First paragraph.", "Second paragraph."]
    assert item.date == date(2020, 2, 3)


def test_it_sorts_articles_into_story_lines():
    assert corpus.classify("Kyiv shelled as Ukraine asks NATO for help", "") == "Russia-Ukraine War"
    assert corpus.classify("Earthquake and flood hit the coast", "") == "Disasters and Accidents"
    assert corpus.classify("A quiet day", "Nothing happened.") == corpus.FALLBACK_TOPIC[0]
    # Keywords count where they start a word, overlapping ones each time.
    assert corpus.keyword_counts("researchers research zelenskyy") == {
        "research": 2,
        "researchers": 1,
        "zelensky": 1,
        "zelenskyy": 1,
    }


@pytest.mark.django_db
def test_every_loaded_article_carries_its_credit_date_and_source_and_a_second_load_adds_nothing(
    site_tree,
):
    from ingest.loader import load_demo
    from newsroom.models import ArticlePage

    assert load_demo()["created"] == 479
    articles = {a.external_id: a for a in ArticlePage.objects.select_related("licence")}
    for record in WIKINEWS_RECORDS:
        article = articles[record["id"]]
        assert (
            article.licence.name == "Wikinews"
            and article.licence.credit_template == expected_credit(record)
        ), record["id"]
        assert article.source_url == record["url"]
        assert article.published_at.date() == date.fromisoformat(record["date"])
        assert f'<a href="{escape(record["url"])}" rel="noopener">Wikinews</a>' in article.credit()
    news = {item.external_id for item in corpus.global_voices()}
    for record in (record for record in GV_RECORDS if record["id"] in news):
        article = articles[record["id"]]
        assert str(article.licence) == "Global Voices, licensed CC BY 3.0."
        assert article.published_at.date() == date.fromisoformat(record["date"])
    seed = articles["seed-global-windownews"]
    assert seed.licence is None and seed.credit() == ""  # our own text needs no credit line

    assert load_demo()["created"] == 0
    assert ArticlePage.objects.count() == 479
    # Every loaded article is searchable: the index was written in one pass at the end.
    assert seed in list(ArticlePage.objects.published().search("Zelenskyy"))
