"""A reader posts, replies and is held, in Chromium, with JavaScript and without it."""

import pytest
from django.utils import timezone

from comments.models import Comment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAUSE_MS = 3200  # a person's pause: more than the 3 s minimum, measured by the stamp or the script


@pytest.fixture
def reader_page(browser, request):
    context = browser.new_context(java_script_enabled=request.param)
    yield context.new_page()
    context.close()


def fill_and_send(page, comment, name="Ada Reader", email="ada@example.org", website=""):
    page.fill("#id_comment", comment)
    page.fill("#id_name", name)
    page.fill("#id_email", email)
    page.fill("#id_url", website)
    page.wait_for_timeout(PAUSE_MS)
    with page.expect_navigation():
        page.click("form.comment-form button[type=submit]")


@pytest.mark.parametrize(
    "reader_page", [True, False], ids=["javascript", "no-javascript"], indirect=True
)
def test_a_reader_posts_replies_and_is_held(
    live_server, reader_page, wagtail_root, make_article, monkeypatch
):
    from comments import flood

    monkeypatch.setattr(flood, "FLOOD_SECONDS", 0)  # one reader, three comments in a row
    page = reader_page
    article = make_article("Open for comments", published_at=timezone.now())
    page.goto(live_server.url + article.url)

    fill_and_send(page, "First!\n\nA second paragraph.", website="https://ada.example/blog")
    first = Comment.objects.get()
    assert first.state == "approved"
    assert page.url == f"{live_server.url}{article.url}#comment-{first.pk}"
    shown = page.locator(f"#comment-{first.pk}")
    assert shown.locator(".comment-text p").all_inner_texts() == ["First!", "A second paragraph."]
    assert shown.locator(".comment-author a").get_attribute("rel") == "nofollow ugc noopener"

    shown.get_by_role("link", name="Reply").click()
    if page.evaluate("() => matchMedia('(scripting: enabled)').matches") is not True:
        page.wait_for_url(
            f"**/comments/reply/{first.pk}/#respond"
        )  # without JavaScript: a page of its own
    fill_and_send(page, "A reply to the first.", name="Bo", email="bo@example.org")
    reply = Comment.objects.get(parent=first)
    assert page.locator(f"#comment-{first.pk} > ol.children > #comment-{reply.pk}").count() == 1

    fill_and_send(
        page,
        "Two sources: https://one.example/a https://two.example/b",
        name="Cy",
        email="cy@example.org",
    )
    held = Comment.objects.get(name="Cy")
    assert held.state == "pending"
    assert "/comments/posted/" in page.url
    assert page.locator("h1").inner_text() == "Your comment is awaiting moderation."
    page.goto(live_server.url + article.url)
    assert page.locator(f"#comment-{held.pk}").count() == 0
