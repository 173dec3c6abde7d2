"""A moderator reads one held comment whole (email, IP, article, why it was held) and decides
from its row or its page; the queue opens on what waits; each row's checkbox is described by
the comment it selects; the dashboard says how many wait. Editors and readers get none of it."""

import re

import pytest

from comments.models import Comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, moderator):
    client.force_login(moderator)
    return moderator


@pytest.fixture
def held(article):
    return Comment.objects.create(
        article=article,
        name="Held",
        email="held@example.org",
        body="A long remark. " * 30,
        state="pending",
        ip="203.0.113.7",
        held_because="links to a site",
    )


def test_the_queue_opens_on_pending(client, signed_in, held):
    response = client.get("/admin/comments/")
    assert response.status_code == 302 and response["Location"] == "/admin/comments/?state=pending"


def test_each_row_opens_the_whole_comment(client, signed_in, held):
    html = client.get("/admin/comments/?state=pending").content.decode()
    assert f'href="/admin/comments/inspect/{held.pk}/"' in html
    page = client.get(f"/admin/comments/inspect/{held.pk}/").content.decode()
    for shown in ("held@example.org", "203.0.113.7", "links to a site", held.article.title):
        assert shown in page, shown
    assert held.body.strip() in page  # whole, not the excerpt


def test_every_checkbox_is_described_by_an_element_that_exists(client, signed_in, held):
    html = client.get("/admin/comments/?state=pending").content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    checkboxes = [d for d in described if d.startswith("snippet_")]
    assert checkboxes
    for target in checkboxes:
        assert f'id="{target}"' in html, target


def test_approve_spam_and_trash_from_the_row_and_the_page(client, signed_in, held):
    queue = client.get("/admin/comments/?state=pending").content.decode()
    for state in ("approved", "spam", "trash"):
        assert f"/admin/comments/{held.pk}/moderate/{state}/" in queue
    page = client.get(f"/admin/comments/inspect/{held.pk}/").content.decode()
    assert 'data-w-kbd-key-value="a"' in page  # A approves, from the keyboard
    response = client.post(
        f"/admin/comments/{held.pk}/moderate/approved/", {"next": "/admin/comments/?state=pending"}
    )
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.state == "approved"


def test_a_bad_state_or_a_get_changes_nothing(client, signed_in, held):
    assert client.post(f"/admin/comments/{held.pk}/moderate/published/").status_code == 404
    assert client.get(f"/admin/comments/{held.pk}/moderate/approved/").status_code == 405
    assert client.post("/admin/comments/99999999/moderate/approved/").status_code == 404
    held.refresh_from_db()
    assert held.state == "pending"


def test_the_dashboard_says_how_many_wait(client, signed_in, held):
    html = client.get("/admin/").content.decode()
    assert "Comments waiting" in html and f"/admin/comments/inspect/{held.pk}/" in html


@pytest.mark.parametrize("role", ["editor", "reporter"])
def test_other_roles_cannot_read_or_moderate(client, request, role, held):
    client.force_login(request.getfixturevalue(role))
    assert client.get(f"/admin/comments/inspect/{held.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/comments/{held.pk}/moderate/approved/").status_code in (302, 403)
    assert "Comments waiting" not in client.get("/admin/").content.decode()
    held.refresh_from_db()
    assert held.state == "pending"
