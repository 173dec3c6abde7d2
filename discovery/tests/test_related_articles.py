"""Related lists are computed on publish by a task, stored, and read back in one query."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from discovery.models import RelatedArticle
from discovery.related import articles_showing, compute_all, refresh

pytestmark = pytest.mark.django_db(transaction=False)

DAY = datetime(2022, 3, 1, 12, tzinfo=UTC)


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def ukraine_story(make_article):
    words = "Kyiv Ukraine shelling ceasefire talks Zelenskyy refugees Lviv"
    return [
        make_article(
            f"Ukraine update {n}",
            topic="Russia-Ukraine War",
            body=body(f"{words} day {n}."),
            published_at=DAY + timedelta(days=n),
        )
        for n in range(4)
    ]


def related_titles(article):
    return [a.title for a in article.related_articles()]


def publish(page):
    page.save_revision().publish()


def test_it_ranks_the_same_story_above_unrelated_news(make_article, ukraine_story):
    make_article(
        "Cricket final", topic="Sport", body=body("Cricket batting bowling wickets final over.")
    )
    compute_all()
    titles = related_titles(ukraine_story[0])
    assert titles[:3] == ["Ukraine update 1", "Ukraine update 2", "Ukraine update 3"]
    assert "Ukraine update 0" not in titles


def test_it_prefers_the_newer_update_of_a_story_among_equals(make_article, ukraine_story):
    compute_all()
    # Same text, so recency decides: the day-after update beats the one three days later.
    assert related_titles(ukraine_story[0])[0] == "Ukraine update 1"


def test_it_never_lists_drafts_or_embargoed_articles(make_article, ukraine_story):
    words = "Kyiv Ukraine shelling ceasefire talks Zelenskyy refugees Lviv"
    make_article("Draft on Ukraine", topic="Russia-Ukraine War", live=False, body=body(words))
    make_article(
        "Embargoed Ukraine",
        topic="Russia-Ukraine War",
        body=body(words),
        embargo_until=timezone.now() + timedelta(days=1),
    )
    compute_all()
    for article in ukraine_story:
        assert not {"Draft on Ukraine", "Embargoed Ukraine"} & set(related_titles(article))


def test_it_fills_a_thin_list_with_the_latest_of_the_same_topic(make_article):
    # Words no other article has, and none the section classifier knows: nothing matches.
    lonely = make_article(
        "Gluon axion tachyon",
        topic="Science and Space",
        body=body("Gravity interferometer muon."),
    )
    for n in range(3):
        make_article(
            f"Science item {n}",
            topic="Science and Space",
            body=body(f"Beetle amber {n}."),
            published_at=DAY + timedelta(days=n),
        )
    make_article("Football derby", topic="Sport", body=body("Goal striker derby."))
    compute_all()
    assert related_titles(lonely) == ["Science item 2", "Science item 1", "Science item 0"]
    assert set(RelatedArticle.objects.filter(article=lonely).values_list("score", flat=True)) == {
        0.0
    }


def test_a_page_reads_its_list_in_one_query(make_article, ukraine_story):
    compute_all()
    article = ukraine_story[0]
    with CaptureQueriesContext(connection) as queries:
        related = article.related_articles()
        titles = [(a.title, a.topic.title) for a in related]
    assert len(titles) == 3, titles
    # One query for the list and its topics (the private sections come from the cache).
    sql = [q["sql"] for q in queries.captured_queries]
    assert len(sql) == 1 and "discovery_relatedarticle" in sql[0], sql


def test_publishing_a_new_article_refreshes_its_list_and_its_neighbours(
    make_article, ukraine_story, django_capture_on_commit_callbacks
):
    compute_all()
    fresh = make_article(
        "Ukraine ceasefire talks in Lviv",
        topic="Russia-Ukraine War",
        live=False,
        body=body("Kyiv Ukraine shelling ceasefire talks Zelenskyy refugees Lviv latest."),
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(fresh)
    assert set(related_titles(fresh)) == {a.title for a in ukraine_story}
    # The neighbours' stored lists now include the new article, and the purge contract sees it.
    assert set(articles_showing(fresh)) == {a.pk for a in ukraine_story}


def test_unpublishing_removes_an_article_from_every_list(
    make_article, ukraine_story, django_capture_on_commit_callbacks
):
    compute_all()
    gone = ukraine_story[1]
    assert articles_showing(gone)
    with django_capture_on_commit_callbacks(execute=True):
        gone.unpublish()
    assert articles_showing(gone) == []
    assert not RelatedArticle.objects.filter(related=gone).exists()
    assert "Ukraine update 1" not in related_titles(ukraine_story[0])


def test_deleting_an_article_rebuilds_the_lists_that_showed_it(
    make_article, ukraine_story, django_capture_on_commit_callbacks
):
    compute_all()
    doomed = ukraine_story[3]
    with django_capture_on_commit_callbacks(execute=True):
        doomed.delete()
    assert all(len(a.related_articles()) == 2 for a in ukraine_story[:3])


def test_the_article_page_shows_the_stored_list(client, make_article, ukraine_story):
    compute_all()
    html = client.get(ukraine_story[0].url).content.decode()
    related_part = html.split('id="related-heading"')[1]
    assert "Ukraine update 1" in related_part


def test_refresh_of_a_missing_article_is_harmless(db):
    refresh(987654)
    assert not RelatedArticle.objects.exists()
