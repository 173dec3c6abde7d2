"""In Chromium at phone and desktop widths: Show More loads the next timeline page in place;
without JavaScript it is a plain link to the next page."""

from datetime import UTC, datetime, timedelta

import pytest

# The live server needs committed data; serialized_rollback restores Wagtail's root page afterwards.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

START = datetime(2022, 3, 1, 12, tzinfo=UTC)


@pytest.fixture
def topic_url(make_article, site_tree, live_server):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", live_server.thread.port
    site.save()
    for n in range(45):
        make_article(
            f"War day {n}", topic="Russia-Ukraine War", published_at=START + timedelta(hours=12 * n)
        )
    return f"{live_server.url}/topics/russia-ukraine-war/"


def cards(page):
    return page.locator("#timeline .card").count()


def test_show_more_appends_the_next_page_in_place_and_is_a_link_without_js(browser, topic_url):
    # One test for both widths and the no-JS case: the live-server fixture is the slow part.
    for width in (390, 1280):
        page = browser.new_page(viewport={"width": width, "height": 800})
        page.goto(topic_url)
        assert cards(page) == 20
        page.get_by_role("link", name="Show More").click()
        page.wait_for_function("() => document.querySelectorAll('#timeline .card').length === 40")
        assert page.url == topic_url  # in place: the reader stays where they were
        page.get_by_role("link", name="Show More").click()
        page.wait_for_function("() => document.querySelectorAll('#timeline .card').length === 45")
        assert page.get_by_role("link", name="Show More").count() == 0
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), width
        page.close()
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(topic_url)
    page.get_by_role("link", name="Show More").click()
    page.wait_for_url("**?page=2")
    assert cards(page) == 20
    assert "War day 23" in page.content()
    context.close()
