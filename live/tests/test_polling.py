"""What browsers poll: the changes after a cursor, cacheable, with the server's poll interval."""

from django.utils import timezone

from live.models import BATCH


def since(client, page, cursor):
    response = client.get(f"/live/{page.pk}/since/{cursor}/")
    assert response.status_code == 200, response.content
    return response, response.json()


def test_it_answers_the_entries_posted_after_the_cursor(client, live_page, post):
    post("One.")
    post("Two.")
    response, data = since(client, live_page, 0)
    assert [c["seq"] for c in data["changes"]] == [1, 2]
    assert "Two." in data["changes"][1]["html"]
    assert data["cursor"] == 2 and data["final"] is False and data["poll"] == 5
    assert response["Cache-Control"] == "public, max-age=3"
    assert response["X-Poll-Seconds"] == "5"
    assert since(client, live_page, 2)[1]["changes"] == []


def test_edits_and_deletions_come_as_later_changes(client, live_page, post):
    # Poll answers are not kept by our page cache (their Cache-Control is for the CDN).
    first = post("Frist report.")
    post("Second report.")
    first.body = [("paragraph", "<p>First report.</p>")]
    first.edited_at = timezone.now()
    first.record("edited", None)
    data = since(client, live_page, 2)[1]
    assert [c["id"] for c in data["changes"]] == [first.pk]
    assert "First report." in data["changes"][0]["html"] and "Updated" in data["changes"][0]["html"]
    first.deleted_at = timezone.now()
    first.record("deleted", None)
    data = since(client, live_page, 3)[1]
    assert data["changes"] == [{"id": first.pk, "seq": 4, "deleted": True}]


def test_a_full_batch_is_final_and_cached_for_long(client, live_page, post):
    for n in range(BATCH + 2):
        post(f"Update {n}.")
    response, data = since(client, live_page, 0)
    assert len(data["changes"]) == BATCH and data["final"] is True and data["cursor"] == BATCH
    assert "immutable" in response["Cache-Control"]
    rest = since(client, live_page, data["cursor"])[1]
    assert len(rest["changes"]) == 2 and rest["final"] is False


def test_a_cursor_from_nowhere_restarts_from_the_current_one(client, live_page, post):
    post("Only entry.")
    data = since(client, live_page, 99)[1]
    assert data["changes"] == [] and data["cursor"] == 1


def test_the_server_slows_or_stops_everyone(client, live_page, settings):
    settings.LIVE_POLL_SECONDS = 0  # the kill switch
    assert since(client, live_page, 0)[1]["poll"] == 0
    settings.LIVE_POLL_SECONDS = 5
    live_page.state = "paused"
    live_page.save_revision().publish()
    assert since(client, live_page, 0)[1]["poll"] == 15
    live_page.state = "ended"
    live_page.save_revision().publish()
    assert since(client, live_page, 0)[1]["poll"] == 0


def test_unpublished_private_or_unknown_pages_answer_404(client, live_page):
    from wagtail.models import PageViewRestriction

    assert client.get("/live/999999/since/0/").status_code == 404
    assert client.get(f"/live/{live_page.pk}/since/-1/").status_code == 404
    assert client.get(f"/live/{live_page.pk}/since/{10**20}/").status_code == 404
    assert client.get(f"/live/{10**20}/since/0/").status_code == 404
    PageViewRestriction.objects.create(page=live_page, restriction_type="login")
    assert client.get(f"/live/{live_page.pk}/since/0/").status_code == 404
    PageViewRestriction.objects.all().delete()
    live_page.unpublish()
    assert client.get(f"/live/{live_page.pk}/since/0/").status_code == 404


def test_a_published_revision_never_winds_the_cursor_back(live_page, post):
    revision = live_page.save_revision()
    post("One.")
    post("Two.")
    revision.publish()
    live_page.refresh_from_db()
    assert live_page.cursor == 2
    assert post("Three.").seq == 3
