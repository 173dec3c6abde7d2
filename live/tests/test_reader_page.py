"""The live page as a reader gets it: entries newest first, without JavaScript, with its data."""

import json
import re

from django.utils import timezone


def ld(html, kind):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == kind:
            return data
    raise AssertionError(f"no {kind} JSON-LD")


def test_it_shows_key_points_and_entries_newest_first(client, live_page, post):
    for text in ("First shelling reported.", "Ceasefire talks begin.", "Talks adjourned."):
        post(text)
    html = client.get(live_page.url).content.decode()
    assert "Talks resume in Istanbul." in html
    assert html.index("Talks adjourned.") < html.index("Ceasefire talks") < html.index("First")
    assert 'data-cursor="3"' in html and 'data-poll="5"' in html
    assert "js/live.js" in html


def test_pinned_entries_show_first_and_deleted_ones_not_at_all(client, live_page, post, committed):
    pinned = post("Read our explainer first.")
    gone = post("A mistaken report.")
    with committed():
        pinned.pinned = True
        pinned.record("pinned", None)
        gone.deleted_at = timezone.now()
        gone.record("deleted", None)
    post("The newest update.")
    html = client.get(live_page.url).content.decode()
    assert html.index("Read our explainer first.") < html.index("The newest update.")
    assert "A mistaken report." not in html


def test_older_entries_are_on_later_pages(client, live_page, post):
    for n in range(25):
        post(f"Update number {n}.")
    first = client.get(live_page.url).content.decode()
    assert "Update number 24." in first and "Update number 4." not in first
    assert 'rel="next" href="?page=2"' in first
    older = client.get(live_page.url + "?page=2").content.decode()
    assert "Update number 4." in older and "data-older" in older


def test_it_describes_itself_as_a_live_blog_posting(client, live_page, post):
    post("Shelling reported near Kharkiv.")
    data = ld(client.get(live_page.url).content.decode(), "LiveBlogPosting")
    assert data["headline"] == "Russia-Ukraine War: live"
    assert data["coverageStartTime"] and data["datePublished"]
    assert data["publisher"]["logo"]["url"]
    assert data["liveBlogUpdate"][0]["articleBody"] == "Shelling reported near Kharkiv."
    assert "coverageEndTime" not in data


def test_its_first_publication_date_stays_when_republished(client, live_page, committed):
    first = ld(client.get(live_page.url).content.decode(), "LiveBlogPosting")["datePublished"]
    live_page.title = "Russia-Ukraine War: live updates"
    with committed():
        live_page.save_revision().publish()
    again = ld(client.get(live_page.url).content.decode(), "LiveBlogPosting")
    assert again["datePublished"] == first and again["headline"].endswith("updates")


def test_the_story_line_and_home_page_show_it_with_a_live_label(client, live_page):
    for url in ("/", live_page.topic.url):
        html = client.get(url).content.decode()
        assert 'class="live-badge">Live</span>' in html, url
        assert live_page.url in html, url


def test_every_change_reaches_readers_of_the_cached_page_at_once(
    client, live_page, post, committed
):
    from live.models import LivePage

    topic = live_page.topic.url
    for url in (live_page.url, live_page.url, topic, topic, "/", "/"):
        response = client.get(url)
    assert response["X-Cache"] == "HIT" and client.get(live_page.url)["X-Cache"] == "HIT"
    entry = post("Breaking: a new development.")
    assert "Breaking: a new development." in client.get(live_page.url).content.decode()
    with committed():
        entry.deleted_at = timezone.now()
        entry.record("deleted", None)
    assert "Breaking: a new development." not in client.get(live_page.url).content.decode()
    page = LivePage.objects.get(pk=live_page.pk)
    page.state = "ended"
    with committed():
        page.save_revision().publish()
    for url in (live_page.url, topic, "/"):
        assert 'class="live-badge">Live</span>' not in client.get(url).content.decode(), url


def test_every_page_s_ticker_points_at_live_coverage_until_it_ends(
    client, live_page, seed_article, committed
):
    assert 'aria-label="Live coverage"' in client.get(seed_article.url).content.decode()
    live_page.state = "ended"
    with committed():
        live_page.save_revision().publish()
    assert 'aria-label="Live coverage"' not in client.get(seed_article.url).content.decode()
