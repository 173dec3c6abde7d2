"""The desk's composer: who may post, pin, edit, delete and end; bad input loses nothing."""

import pytest
import time_machine
from django.urls import reverse

from live.models import LiveEntry, LiveEntryRevision, LivePage


def compose(client, page, **data):
    return client.post(reverse("live_composer", args=[page.pk]), data)


def act(client, entry, action, **data):
    return client.post(reverse("live_entry", args=[entry.pk, action]), data)


def refused(response):
    # Wagtail's admin answers a refused action with a redirect to the dashboard and a message.
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def test_a_reporter_posts_when_the_desk_allows_and_not_otherwise(client, live_page, reporter):
    from newsroom.models import Author

    client.force_login(reporter)
    form = client.get(reverse("live_composer", args=[live_page.pk])).content.decode()
    own = Author.objects.get(user=reporter)  # the byline offered is the reporter's own
    assert f'<option value="{own.pk}" selected>{own.name}</option>' in form
    response = compose(client, live_page, text="Sirens in Kyiv.\n\nResidents head to shelters.")
    assert response.status_code == 302
    entry = LiveEntry.objects.get()
    assert entry.seq == 1 and entry.posted_by == reporter
    assert "<p>Sirens in Kyiv.</p>" in str(entry.body)
    assert entry.revisions.get().action == LiveEntryRevision.Action.POSTED
    LivePage.objects.filter(pk=live_page.pk).update(reporters_may_post=False)
    assert refused(compose(client, live_page, text="Another."))
    assert refused(client.get(reverse("live_composer", args=[live_page.pk])))
    assert LiveEntry.objects.count() == 1


@pytest.mark.parametrize("action", ["pin", "restore"])
def test_only_editors_pin_or_restore(client, live_page, reporter, editor, action):
    client.force_login(reporter)
    compose(client, live_page, text="Mine.")
    entry = LiveEntry.objects.get()
    assert refused(act(client, entry, action))
    client.force_login(editor)
    assert act(client, entry, action).url == reverse("live_composer", args=[live_page.pk])


def test_a_reporter_edits_and_deletes_only_their_own(client, live_page, reporter, editor):
    client.force_login(editor)
    compose(client, live_page, text="The editor's.")
    theirs = LiveEntry.objects.get()
    client.force_login(reporter)
    assert refused(act(client, theirs, "delete"))
    compose(client, live_page, text="Teh reporter story.")
    mine = LiveEntry.objects.latest("seq")
    assert (
        act(client, mine, "edit", **{f"e{mine.pk}-text": "The reporter story."}).status_code == 302
    )
    mine.refresh_from_db()
    assert "The reporter story." in str(mine.body) and mine.edited_at and mine.seq == 3
    assert act(client, mine, "delete").status_code == 302
    mine.refresh_from_db()
    assert mine.deleted_at and mine.revisions.count() == 3  # posted, edited, deleted


def test_an_unknown_action_is_a_404_and_changes_nothing(client, live_page, editor, post):
    entry = post("Stays as it is.")
    client.force_login(editor)
    assert act(client, entry, "explode").status_code == 404
    entry.refresh_from_db()
    assert entry.seq == 1 and entry.revisions.count() == 1


def test_moderators_and_readers_cannot_reach_the_composer(client, live_page, moderator, reader):
    for user in (moderator, reader):
        client.force_login(user)
        response = client.get(reverse("live_composer", args=[live_page.pk]))
        assert response.status_code in (302, 403) and "New entry" not in response.content.decode()


def test_an_editor_pins_and_ends_the_coverage(client, live_page, editor):
    client.force_login(editor)
    compose(client, live_page, text="Key development.")
    entry = LiveEntry.objects.get()
    act(client, entry, "pin")
    entry.refresh_from_db()
    assert entry.pinned and entry.seq == 2
    response = client.post(reverse("live_state", args=[live_page.pk]), {"state": "ended"})
    assert response.status_code == 302
    page = LivePage.objects.get(pk=live_page.pk)
    assert page.state == "ended" and page.coverage_end and page.cursor == 2
    assert client.post(reverse("live_state", args=[page.pk]), {"state": "x"}).status_code == 302
    assert LivePage.objects.get(pk=page.pk).state == "ended"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "Write some text, a quote or choose an image."),
        ({"text": "x" * 20_001}, "Ensure this value has at most 20000 characters"),
        ({"quote": "We will not give up."}, "Say who said it."),
    ],
)
def test_bad_input_comes_back_filled_in_with_the_reason(client, live_page, editor, data, message):
    client.force_login(editor)
    response = compose(client, live_page, **data)
    html = response.content.decode()
    assert response.status_code == 200 and message in html
    for value in data.values():
        assert value[:100] in html
    assert not LiveEntry.objects.exists()


def test_script_in_an_entry_is_only_text(client, live_page, editor):
    client.force_login(editor)
    compose(client, live_page, text='<script>alert(1)</script><img src=x onerror="alert(2)">')
    html = client.get(live_page.url).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_flood_of_posts_is_refused_and_keeps_the_text(client, live_page, editor, settings):
    settings.LIVE_POSTS_PER_MINUTE = 3
    client.force_login(editor)
    with time_machine.travel("2026-01-01 12:00:00 +0000", tick=False):  # all in one minute
        for n in range(3):
            compose(client, live_page, text=f"Update {n}.")
        response = compose(client, live_page, text="One too many.")
    assert "Too many entries in a minute" in response.content.decode()
    assert "One too many." in response.content.decode()
    assert LiveEntry.objects.count() == 3


def test_the_menu_lists_the_live_pages_a_user_may_post_to(client, live_page, editor):
    client.force_login(editor)
    html = client.get(reverse("live_index")).content.decode()
    assert reverse("live_composer", args=[live_page.pk]) in html
