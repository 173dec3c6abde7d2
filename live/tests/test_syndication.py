"""Feeds and the read API carry a live page's entries, with the credit their text needs."""

import feedparser

from newsroom.models import Licence


def test_the_feed_has_the_entries_newest_first_with_their_credit(client, live_page, post):
    wikinews = Licence.objects.create(
        name="Wikinews", credit_template="From {link}, licensed CC BY 2.5."
    )
    post("Older update.")
    newer = post("Newer update.", licence=wikinews, source_url="https://en.wikinews.org/wiki/X")
    for kind in ("atom", "rss"):
        feed = feedparser.parse(client.get(f"/feeds/live/war-live/{kind}/").content)
        assert not feed.bozo, feed.bozo_exception
        titles = [entry.title for entry in feed.entries]
        assert titles == ["Newer update.", "Older update."]
        assert "licensed CC BY 2.5" in feed.entries[0].summary
        assert feed.entries[0].link.endswith(f"/news/war-live/#entry-{newer.pk}")


def test_the_api_lists_live_pages_and_their_entries(client, live_page, post):
    post("First.")
    post("Second.")
    pages = client.get("/api/v1/live").json()
    assert pages["items"][0]["state"] == "live" and pages["items"][0]["cursor"] == 2
    entries = client.get(f"/api/v1/live/{live_page.pk}/entries").json()["items"]
    assert [entry["text"] for entry in entries] == ["Second.", "First."]
    since = client.get(f"/api/v1/live/{live_page.pk}/entries?since=1").json()["items"]
    assert [entry["change"] for entry in since] == [2]
    assert client.get(f"/api/v1/live/{live_page.pk}/entries?since=-1").status_code == 422
