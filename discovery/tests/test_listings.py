"""Topic story-lines, the home page, tag pages and
date archives: paginated, tolerant, published only."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

BAD_PAGES = ["abc", "-1", "0", "99999", "1e9", "%00"]
START = datetime(2022, 3, 1, 12, tzinfo=UTC)


def when(n):
    return START + timedelta(hours=8 * n)  # three articles a day


@pytest.fixture
def war(make_article, site_tree):
    topic = site_tree["topics"]["Russia-Ukraine War"]
    topic.summary = "<p>Russia invaded on 24 February.</p>"
    topic.save()
    articles = [
        make_article(f"War day {n}", topic="Russia-Ukraine War", published_at=when(n))
        for n in range(45)
    ]
    for article in articles[:25]:
        article.tags.add("Kyiv")
        article.save()
    return topic, articles


def get(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, (path, params, response.status_code)
    return response.content.decode()


def test_the_topic_page_is_a_timeline_by_day_with_the_latest_first(client, war):
    topic, articles = war
    html = get(client, topic.url)
    assert "What has happened so far" in html and "Russia invaded on 24 February." in html
    latest = html.split('class="timeline-latest"')[1].split("</li>")[0]
    assert "War day 44" in latest
    timeline = html.split('id="timeline"')[1]
    days = sorted({when(n).date() for n in range(25, 45)}, reverse=True)
    assert timeline.count('class="timeline-day"') == len(days)
    positions = [timeline.index(f'datetime="{day:%Y-%m-%d}"') for day in days]
    assert positions == sorted(positions)
    assert timeline.index("War day 43") < timeline.index("War day 42")
    assert 'rel="next" data-more="timeline" href="?page=2"' in html


def test_the_next_timeline_page_continues_without_the_summary(client, war):
    topic, _ = war
    html = get(client, topic.url, page="2")
    assert "What has happened so far" not in html and "timeline-latest" not in html
    assert "War day 24" in html and "War day 25" not in html
    assert when(24).date() == when(25).date()
    assert "(continued)" in html  # the day of articles 25 and 24 is cut by the page break


def test_the_home_page_reads_topic_sections_in_fixed_queries(client, war, make_article):
    from django.core.cache import cache

    get(client, "/")
    cache.clear()  # measure renders, not the page cache
    with CaptureQueriesContext(connection) as few:
        get(client, "/")
    topics = [
        "Sport",
        "Science and Space",
        "Crime and Justice",
        "Politics and Elections",
        "Health and COVID-19",
        "Disasters and Accidents",
    ]
    for n, topic in enumerate(topics):
        make_article(f"Other {n}", topic=topic)
    cache.clear()
    with CaptureQueriesContext(connection) as more:
        html = get(client, "/")
    assert "Other 5" in html and html.count('class="topic-section"') == 7
    # Six more sections, no more queries (one at most: a cached setting may be re-read).
    assert len(more) - len(few) <= 1


def test_the_home_page_leads_with_the_latest_and_shows_more(client, war):
    html = get(client, "/")
    lead = html.split('class="lead-story"')[1].split("</section>")[0]
    assert "War day 44" in lead
    assert 'data-more="latest"' in html


def test_tag_pages_list_published_articles_with_the_tag(client, war):
    html = get(client, "/tags/kyiv/")
    assert "25 articles" in html
    assert "War day 24" in html and "War day 25" not in html
    assert client.get("/tags/no-such-tag/").status_code == 404


def test_date_archives_list_the_articles_of_the_period(client, war):
    assert "45 articles" in get(client, "/archive/2022/")
    assert "45 articles" in get(client, "/archive/2022/03/")
    day = get(client, "/archive/2022/03/05/")
    on_the_day = [n for n in range(45) if when(n).date().isoformat() == "2022-03-05"]
    assert f"{len(on_the_day)} articles" in day and all(f"War day {n}<" in day for n in on_the_day)
    assert "0 articles" in get(client, "/archive/2021/")


def test_impossible_dates_are_not_found(client, war):
    for path in [
        "/archive/2022/13/",
        "/archive/2022/02/30/",
        "/archive/0/",
        "/archive/99999999999999999999/",
        "/archive/2022/00/",
    ]:
        assert client.get(path).status_code == 404, path


def test_every_list_tolerates_bad_page_numbers(client, war):
    for path in [
        "/",
        "/topics/russia-ukraine-war/",
        "/tags/kyiv/",
        "/archive/2022/",
        "/news/",
        "/search/?q=war",
    ]:
        for page in BAD_PAGES:
            sep = "&" if "?" in path else "?"
            assert client.get(f"{path}{sep}page={page}").status_code == 200, (path, page)


def test_the_archive_index_lists_the_years_and_is_linked_from_every_page(client, war):
    html = get(client, "/archive/")
    assert 'href="/archive/2022/"' in html and "45 articles" in html
    assert 'href="/archive/2022/03/"' in get(client, "/archive/2022/")
    assert 'href="/archive/2022/03/05/"' in get(client, "/archive/2022/03/")
    assert 'href="/archive/"' in get(client, "/")
