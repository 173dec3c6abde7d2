"""Two Chromium windows: an editor posts, edits and deletes in the composer; the reader's open
page shows each change without reloading. Without JavaScript the page still lists entries."""

import pytest

from conftest import sign_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
STEP_TIMEOUT_MS = 90_000


@pytest.fixture
def base(live_page, live_server, settings):
    from wagtail.models import Site

    settings.LIVE_POLL_SECONDS = 1
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", live_server.thread.port
    site.save()
    return live_server.url


@pytest.fixture
def window(browser):
    contexts = []

    def open_window(**options):
        contexts.append(browser.new_context(**options))
        contexts[-1].set_default_timeout(STEP_TIMEOUT_MS)
        return contexts[-1].new_page()

    yield open_window
    for context in contexts:
        context.close()


def test_the_reader_sees_posts_edits_and_deletions_without_reloading(
    window, base, live_page, editor, post
):
    post("The first update, there before the reader came.")
    reader = window(viewport={"width": 390, "height": 800})
    reader.goto(base + live_page.url)
    reader.evaluate("window.stayed = true")  # gone if the page reloads
    desk = sign_in_to_admin(window(), base, editor)
    desk.goto(f"{base}/admin/live/{live_page.pk}/")

    desk.fill("#id_text", "Explosions heard in the capital.")
    desk.press("#id_text", "Control+Enter")
    desk.wait_for_selector("text=Posted.")
    reader.wait_for_selector(".live-new:not(.is-idle)")
    assert reader.inner_text(".live-status") == "1 new update"
    reader.click(".live-new")
    first = reader.locator(".live-entry").first
    assert "Explosions heard in the capital." in first.inner_text()

    desk.locator("details summary").first.click()
    desk.locator("details textarea[name$='-text']").first.fill("Explosions heard in Kyiv.")
    desk.locator("details button[type=submit]").first.click()
    desk.wait_for_selector("text=Entry edited.")
    reader.wait_for_selector(".live-entry >> text=Explosions heard in Kyiv.")
    assert "Updated" in reader.locator(".live-entry").first.inner_text()

    desk.locator("button:has-text('Delete')").first.click()
    desk.wait_for_selector("text=Entry deleted.")
    reader.wait_for_selector("text=Explosions heard in Kyiv.", state="detached")
    assert reader.locator(".live-entry").count() == 1
    assert reader.evaluate("window.stayed") is True
    assert reader.evaluate("document.activeElement === document.body") is True


def test_without_javascript_the_page_lists_the_entries(window, base, live_page, post):
    for text in ("Older news.", "Newer news."):
        post(text)
    page = window(java_script_enabled=False)
    page.goto(base + live_page.url)
    texts = page.locator(".live-entry").all_inner_texts()
    assert "Newer news." in texts[0] and "Older news." in texts[1]
    assert not page.is_visible(".live-new")
