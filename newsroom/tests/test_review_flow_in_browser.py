"""The newsroom's main flow through the real Wagtail admin in Chromium: the reporter submits,
the editor requests changes with a comment, the reporter revises and resubmits, the editor
schedules and approves; when the clock passes the go-live time the worker publishes it and it
appears on the article page, its topic page and the home page, and not before."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import PageLogEntry, TaskState

from conftest import sign_in_to_admin
from newsroom.models import ArticlePage
from newsroom.scheduling import publish_due

# The live server needs committed data. No serialized_rollback: after another transactional
# test's flush, post_migrate has already put back the content types its snapshot would insert
# again (a setup error the old xfail hid); the personas and site_tree rebuild what they need.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# A loaded machine can take longer than Playwright's 30 s default to load the editor's scripts.
STEP_TIMEOUT_MS = 90_000


@pytest.fixture
def new_page(browser, live_server):
    """A page in its own browser context (own cookies), closed even when the test fails, so no
    editor page keeps pinging the server while the next test flushes the database."""
    # The root conftest tests SQLite in a file: an in-memory database would make the server
    # share one connection between threads, which is what logged people out mid-flow.
    assert not live_server.thread.connections_override
    contexts = []

    def open_page():
        contexts.append(browser.new_context())
        contexts[-1].set_default_timeout(STEP_TIMEOUT_MS)
        return contexts[-1].new_page()

    yield open_page
    for context in contexts:
        context.close()


def sign_in(new_page, base, user):
    return sign_in_to_admin(new_page(), base, user)


def footer_action(page, selector, navigates=True):
    """Wagtail keeps the secondary actions in the footer's 'More actions' dropdown."""
    page.click("footer .w-dropdown__toggle")
    if not navigates:  # opens a dialog first
        page.click(f"footer {selector}")
        return
    with page.expect_navigation():
        page.click(f"footer {selector}")


def reader_sees(reader, base, article, topic):
    seen = {}
    for name, url in (("article", f"/news/{article.slug}/"), ("topic", topic.url), ("home", "/")):
        response = reader.goto(base + url)
        seen[name] = response.status == 200 and article.title in reader.content()
    return seen


def test_it_runs_review_rejection_revision_and_scheduled_publishing(
    live_server, new_page, reporter, editor, make_article, site_tree
):
    base, topic = live_server.url, site_tree["topics"]["Sport"]
    article = make_article("Flood defences hold", topic=topic, live=False, owner=reporter)
    edit = f"{base}/admin/pages/{article.pk}/edit/"

    # The reporter writes a standfirst and submits for review; there is no Publish for them.
    as_reporter = sign_in(new_page, base, reporter)
    as_reporter.goto(edit)
    assert as_reporter.locator("footer button[name=action-publish]").count() == 0
    as_reporter.fill("textarea[name=standfirst]", "The river peaked overnight.")
    footer_action(as_reporter, "button[name=action-submit]")
    assert ArticlePage.objects.get(pk=article.pk).workflow_in_progress

    # The editor requests changes with a comment.
    as_editor = sign_in(new_page, base, editor)
    as_editor.goto(edit)
    footer_action(as_editor, "button[data-workflow-action-name=reject]", navigates=False)
    as_editor.fill("textarea[name=comment]", "Name the engineer you quote.")
    with as_editor.expect_navigation():
        as_editor.locator("form:has(textarea[name=comment]) button[type=submit]").click()
    rejected = TaskState.objects.filter(status="rejected").get()
    assert (
        rejected.get_comment() == "Name the engineer you quote." and rejected.finished_by == editor
    )

    # The reporter sees the request, revises and resubmits.
    as_reporter.goto(edit)
    assert "Changes requested" in as_reporter.content()
    as_reporter.fill(
        "textarea[name=standfirst]", "The river peaked overnight, engineer Olena Koval said."
    )
    footer_action(as_reporter, "button[name=action-submit]")
    assert TaskState.objects.filter(status="in_progress").exists()

    # The editor sets a go-live time in the schedule dialog, saves it and approves.
    go_live = (timezone.now() + timedelta(hours=1)).replace(second=0, microsecond=0)
    as_editor.goto(edit)
    as_editor.evaluate(
        "document.querySelector('[data-a11y-dialog-show=schedule-publishing-dialog]').click()"
    )
    as_editor.fill("#id_go_live_at", timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"))
    with as_editor.expect_navigation():
        # The date picker can still cover the button; press it as the keyboard would.
        as_editor.locator("#schedule-publishing-dialog button.action-save").focus()
        as_editor.keyboard.press("Enter")
    footer_action(
        as_editor, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    scheduled = ArticlePage.objects.get(pk=article.pk)
    assert not scheduled.live and scheduled.get_latest_revision().approved_go_live_at == go_live

    reader = new_page()
    with time_machine.travel(go_live - timedelta(minutes=1)):
        publish_due()
        assert reader_sees(reader, base, article, topic) == {
            "article": False,
            "topic": False,
            "home": False,
        }
    with time_machine.travel(go_live + timedelta(minutes=1)):
        publish_due()  # what `windownews worker` runs every 30 seconds
        assert reader_sees(reader, base, article, topic) == {
            "article": True,
            "topic": True,
            "home": True,
        }
        reader.goto(f"{base}/news/{article.slug}/")
        assert "engineer Olena Koval said" in reader.content()
    # Every decision is in the audit log with who made it.
    log = {(entry.action, entry.user_id) for entry in PageLogEntry.objects.filter(page=article)}
    assert {
        ("wagtail.workflow.start", reporter.pk),
        ("wagtail.workflow.reject", editor.pk),
        ("wagtail.workflow.resume", reporter.pk),
        ("wagtail.workflow.approve", editor.pk),
        ("wagtail.publish.schedule", editor.pk),
        ("wagtail.publish.scheduled", None),  # the worker published it, no person involved
    } <= log, log
