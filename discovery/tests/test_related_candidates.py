"""Above FULL_SCAN_LIMIT articles a refresh scores
candidates found by stored keywords, not every article."""

from datetime import UTC, datetime, timedelta

import pytest

from discovery import related
from discovery.models import ArticleKeywords
from discovery.related import compute_all, refresh
from discovery.scoring import Doc

pytestmark = pytest.mark.django_db

DAY = datetime(2022, 3, 1, 12, tzinfo=UTC)
WORDS = "Glacier meltwater flooded Skaftafell valley hydrologists measured discharge"


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def large_site(make_article, monkeypatch):
    """A site past the full-scan limit: a story told in four topics, and unrelated news."""
    monkeypatch.setattr(related, "FULL_SCAN_LIMIT", 3)
    topics = ["World", "Science and Space", "Politics and Elections", "Sport"]
    story = [
        make_article(
            f"Flood report {n}",
            topic=topics[n],
            body=body(f"{WORDS} report {n}."),
            published_at=DAY + timedelta(days=n),
        )
        for n in range(4)
    ]
    for n in range(6):
        make_article(
            f"Budget vote {n}",
            topic="Russia-Ukraine War",
            body=body(f"Parliament budget vote tax rates {n}."),
        )
    compute_all()
    return story


def test_it_stores_each_articles_keywords(large_site):
    stored = ArticleKeywords.objects.get(article=large_site[0])
    assert stored.keywords.strip()
    assert stored.day == pytest.approx(DAY.timestamp() / 86400)


def test_a_new_article_finds_its_story_by_keywords_alone(make_article, large_site):
    # Another topic than all four, no tags: only the shared words lead to the story.
    fresh = make_article(
        "Skaftafell flood latest",
        topic="Russia-Ukraine War",
        body=body(f"{WORDS} latest."),
        published_at=DAY,
    )
    doc = related.documents.load(type(fresh).objects.filter(pk=fresh.pk))[0]
    own = related.term_counts([doc.text])
    candidates = related.candidate_ids(doc, related.keywords(own, related.stored_idf())[0])
    assert candidates is not None and {a.pk for a in large_site} <= candidates
    refresh(fresh.pk)
    assert {a.title for a in fresh.related_articles()} >= {a.title for a in large_site}


def test_keyword_matches_prefer_the_closest_in_time(large_site, monkeypatch):
    monkeypatch.setattr(related, "KEYWORD_CANDIDATES", 2)
    tokens = ArticleKeywords.objects.get(article=large_site[0]).keywords.split()
    probe = Doc(id=0, text="", day=(DAY + timedelta(days=3)).timestamp() / 86400)
    # Same words in all four; the two published nearest day 3 come first.
    assert related.keyword_matches(probe, tokens) == {large_site[3].pk, large_site[2].pk}


def test_rebuilding_keywords_covers_every_stored_article(large_site):
    ArticleKeywords.objects.all().delete()
    assert related.rebuild_keywords(batch=4) == 10
    assert ArticleKeywords.objects.count() == 10


def test_the_nightly_command_refits_the_idf_and_the_keywords(large_site):
    from io import StringIO

    from django.core.management import call_command

    ArticleKeywords.objects.all().delete()
    out = StringIO()
    call_command("compute_related", "--idf-only", stdout=out)
    assert "IDF refitted on 10 articles" in out.getvalue() and ArticleKeywords.objects.count() == 10
