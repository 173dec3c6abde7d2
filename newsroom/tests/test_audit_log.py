"""Every publish, unpublish, correction and workflow decision is in Wagtail's audit log with who
made it and when, as the admin's own screens record it (no browser: the browser flow covers the
same decisions end to end)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry, TaskState

from newsroom.models import ArticlePage, Correction
from newsroom.tests.admin_forms import article_form, edit_url

pytestmark = pytest.mark.django_db


def logged(page, action):
    return PageLogEntry.objects.filter(page=page, action=action).get()


def assert_recent(entry, user):
    assert entry.user == user and timezone.now() - entry.timestamp < timedelta(minutes=1), (
        entry.user,
        entry.timestamp,
    )


def press(client, user, draft, action, topic):
    """`user` saves the draft in the admin's editor with the footer action `action`."""
    client.force_login(user)
    button = {f"action-{action}": "1"}
    data = article_form(title=draft.title, slug=draft.slug, topic=topic, **button)
    assert client.post(edit_url(draft), data).status_code == 302


def test_publishing_and_unpublishing_are_logged_with_who_and_when(
    client, editor, make_article, site_tree
):
    draft = make_article("Budget vote", live=False)
    press(client, editor, draft, "publish", site_tree["topics"]["Sport"])
    assert_recent(logged(draft, "wagtail.publish"), editor)
    assert client.post(f"/admin/pages/{draft.pk}/unpublish/").status_code == 302
    assert_recent(logged(draft, "wagtail.unpublish"), editor)


@pytest.fixture
def submitted(client, reporter, make_article, site_tree):
    """A reporter's draft sent to Editorial review through the admin."""
    draft = make_article("Council meeting", live=False, owner=reporter)
    press(client, reporter, draft, "submit", site_tree["topics"]["Sport"])
    client.logout()
    return ArticlePage.objects.get(pk=draft.pk)


def decide(client, page, action, **data):
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", data)


def test_review_decisions_are_logged_with_who_and_when(client, editor, reporter, submitted):
    assert_recent(logged(submitted, "wagtail.workflow.start"), reporter)
    client.force_login(editor)
    decide(client, submitted, "reject", comment="Add a second source.")
    rejection = logged(submitted, "wagtail.workflow.reject")
    assert_recent(rejection, editor)
    assert rejection.data["comment"] == "Add a second source."


def test_approval_is_logged_and_publishes(client, editor, submitted):
    client.force_login(editor)
    decide(client, submitted, "approve")
    assert_recent(logged(submitted, "wagtail.workflow.approve"), editor)
    assert_recent(logged(submitted, "wagtail.publish"), editor)
    assert ArticlePage.objects.get(pk=submitted.pk).live


def test_a_reporter_cannot_approve_their_own_submission(client, reporter, submitted):
    client.force_login(reporter)
    assert decide(client, submitted, "approve").status_code in (
        302,
        403,
    )  # Wagtail sends a refusal home
    article = ArticlePage.objects.get(pk=submitted.pk)
    assert not article.live and article.workflow_in_progress
    assert not PageLogEntry.objects.filter(
        page=submitted, action="wagtail.workflow.approve"
    ).exists()


def test_corrections_show_in_the_site_history(client, editor, administrator, make_article):
    article = make_article("Storm damage")
    client.force_login(editor)
    client.post(
        "/admin/snippets/newsroom/correction/add/",
        {
            "article": article.pk,
            "kind": "correction",
            "text": "The bridge reopened on Friday.",
            "created_at": "2026-01-13 10:00",
        },
    )
    correction = Correction.objects.get()
    assert_recent(
        ModelLogEntry.objects.get(object_id=str(correction.pk), action="wagtail.create"), editor
    )
    client.force_login(administrator)
    history = client.get("/admin/reports/site-history/").content.decode()
    assert "Storm damage" in history and "Created" in history
