"""The Moderator's queue in Chromium: the count badge
in the menu, a bulk approve, the article shows it."""

import pytest
from django.utils import timezone

from comments.models import Comment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_moderator_approves_from_the_queue(live_server, as_moderator, wagtail_root, make_article):
    page = as_moderator
    article = make_article("Held story", published_at=timezone.now())
    fields = {"article": article, "state": "pending"}
    held = [
        Comment.objects.create(
            name=f"R{n}", email=f"r{n}@example.org", body=f"Please publish me {n}", **fields
        )
        for n in range(2)
    ]
    page.goto(live_server.url + article.url)
    assert (
        page.locator(".comment-list").count() == 0
    )  # nothing shown yet (and the page is now cached)

    page.goto(f"{live_server.url}/admin/comments/?state=pending")
    badge = page.locator(
        'a.sidebar-menu-item__link[data-pending-count="2"]'
    )  # the count in the admin menu
    assert badge.get_attribute("aria-label") == "Comments, 2 awaiting moderation"
    assert (
        badge.evaluate("link => getComputedStyle(link, '::after').content") == '"2"'
    )  # drawn as a badge
    page.locator(f'input[data-bulk-action-checkbox][data-object-id="{held[0].pk}"]').check()
    page.get_by_role("link", name="Approve selected comments").click()  # in the bulk-action footer
    page.wait_for_url("**/admin/bulk/comments/comment/approve/**")
    assert "Please publish me 0" in page.locator("main").inner_text()
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url("**/admin/comments/**")
    assert "1 comment(s) marked approved." in page.locator("body").inner_text()

    assert [c.state for c in Comment.objects.order_by("pk")] == ["approved", "pending"]
    page.goto(live_server.url + article.url)  # the approval purged the cached page
    assert page.locator(f"#comment-{held[0].pk}").inner_text().count("Please publish me 0") == 1
    assert page.locator(f"#comment-{held[1].pk}").count() == 0
