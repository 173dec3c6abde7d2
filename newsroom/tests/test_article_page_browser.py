"""The seed article in Debian's Chromium at a phone's and a desktop's width: the nine
elements of the seed page in order, "Show More", "Back to top", with and without JavaScript."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROW, WIDE = 390, 1280
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"
LAST_PARAGRAPH = "about three million people have fled"

# The nine elements of the seed page, as CSS selectors, in the order they must come.
ELEMENTS = [
    "header.masthead",
    "h1 a.kicker",
    ".byline",
    ".article-body blockquote",
    ".sources",
    "button.show-more",
    "section.related",
    "section.comments",
    "a.back-to-top",
    "footer.site-footer",
]


@pytest.fixture
def article(seed_article, make_article):
    for day in (1, 2, 3):
        make_article(f"Kyiv talks, day {day}", topic="Russia-Ukraine War")
    make_article("Cup final in Paris", topic="Sport")
    from discovery.related import compute_all  # what publishing does, one article at a time

    compute_all()
    return seed_article


@pytest.fixture
def open_page(browser, live_server):
    """open_page(path, width, javascript=True, color_scheme="light") -> a loaded Playwright page."""
    contexts = []

    def open_(path, width, *, javascript=True, color_scheme="light"):
        # Reduced motion turns smooth scrolling off, so "Back to top" lands at once.
        context = browser.new_context(
            viewport={"width": width, "height": 800},
            java_script_enabled=javascript,
            color_scheme=color_scheme,
            reduced_motion="reduce",
        )
        contexts.append(context)
        page = context.new_page()
        response = page.goto(live_server.url + path)
        assert response.status == 200
        return page

    yield open_
    for context in contexts:
        context.close()


def document_order(page, selectors):
    """Position of each selector's first element in the document (-1 when absent)."""
    return page.evaluate(
        "sels => { const all = [...document.querySelectorAll('*')]; "
        "return sels.map(s => all.indexOf(document.querySelector(s))); }",
        selectors,
    )


def fully_shown(page):
    """The article body is not cut: its box is as tall as its content."""
    return page.eval_on_selector("#article-body", "el => el.clientHeight >= el.scrollHeight - 1")


def check_elements_in_order(page):
    positions = document_order(page, ELEMENTS)
    assert -1 not in positions, dict(zip(ELEMENTS, positions, strict=True))
    assert positions == sorted(positions), dict(zip(ELEMENTS, positions, strict=True))

    # 1. Masthead: the site's name and the primary navigation.
    masthead = page.locator("header.masthead")
    assert masthead.get_by_role("link", name="Global WindowNews").get_attribute("href") == "/"
    nav = masthead.get_by_role("navigation", name="Primary")
    links = [
        nav.get_by_role("link", name=name).get_attribute("href")
        for name in ("Home", "Topics", "Search")
    ]
    assert links == ["/", "/topics/", "/search/"]

    # 2. The kicker links to its topic, inside the one h1, before the headline.
    assert page.locator("h1").count() == 1
    assert (
        page.locator("h1").inner_text()
        == "Russia-Ukraine War: Ukraine may not join NATO – Zelenskyy"
    )
    kicker = page.locator("h1 a.kicker")
    assert kicker.inner_text() == "Russia-Ukraine War"
    assert kicker.get_attribute("href") == "/topics/russia-ukraine-war/"

    # 3. Byline: authors linked to their pages, machine-readable time.
    author = page.locator(".byline a[rel=author]")
    assert author.inner_text() == "Global WindowNews Desk"
    assert author.get_attribute("href") == "/authors/global-windownews-desk/"
    assert (
        page.locator(".byline time").first.get_attribute("datetime") == "2022-03-16T09:00:00+00:00"
    )

    # 4. Body: quotes as blockquotes with their speakers, then the Sources list.
    quotes = page.locator(".article-body figure.quote")
    assert quotes.count() == 4
    assert quotes.first.locator("blockquote").count() == 1
    assert "Vlodymyr Zelenskyy" in quotes.first.locator(".speaker").inner_text()
    sources = page.locator(".sources a")
    assert [sources.nth(i).inner_text() for i in range(sources.count())] == ["Al Jazeera", "RBK"]
    assert {sources.nth(i).get_attribute("rel") for i in range(sources.count())} == {"noopener"}
    assert page.locator(".sources h2").inner_text() == "Sources"

    # 6. Related Articles: other articles of the same topic only.
    related = page.locator("section.related")
    assert related.locator("h2").inner_text() == "Related Articles"
    assert related.get_by_role("link", name="Kyiv talks, day 3").count() == 1
    assert related.get_by_role("link", name="Cup final in Paris").count() == 0

    # 7. Leave a Reply: the note, and a form whose every field has a label.
    comments = page.locator("section.comments")
    assert comments.locator("h2").inner_text() == "Leave a Reply"
    assert (
        "Your email address will not be published. Required fields are marked *"
        in comments.inner_text()
    )
    for label in ("Comment", "Name", "Email", "Website"):
        assert comments.get_by_label(label).count() == 1, label

    # 9. Footer.
    assert "Global WindowNews" in page.locator("footer.site-footer").inner_text()


def scroll_to_bottom(page):
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function("() => window.scrollY > 400")


def use_back_to_top_with_the_keyboard(page):
    back = page.locator("a.back-to-top")
    assert back.get_attribute("href") == "#top"
    scroll_to_bottom(page)
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.back-to-top')).opacity === '1'"
    )
    assert back.is_visible()
    back.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.scrollY === 0")


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_it_shows_the_nine_elements_in_order(open_page, article, width):
    page = open_page(article.url, width)
    check_elements_in_order(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"article-{width}.png", full_page=True)


def test_on_a_narrow_screen_show_more_opens_the_body_from_the_keyboard(open_page, article):
    page = open_page(article.url, NARROW)
    button = page.locator("button.show-more")
    assert button.is_visible() and button.inner_text() == "Show More"
    assert button.get_attribute("aria-expanded") == "false"
    assert not fully_shown(page)

    # Tab to it like a keyboard user would, then press Enter.
    page.locator(".byline a[rel=author]").focus()
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('show-more')"):
            break
    else:
        pytest.fail("Show More cannot be reached with Tab")
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert button.inner_text() == "Show Less"
    assert fully_shown(page)
    page.get_by_text(LAST_PARAGRAPH).scroll_into_view_if_needed()
    assert page.get_by_text(LAST_PARAGRAPH).is_visible()
    assert page.locator(".sources").is_visible()

    # Space toggles it back, as on any button.
    button.focus()
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false"
    assert not fully_shown(page)


def test_on_a_wide_screen_the_whole_body_shows_without_a_button(open_page, article):
    page = open_page(article.url, WIDE)
    assert not page.locator("button.show-more").is_visible()
    assert fully_shown(page)


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_back_to_top_appears_after_scrolling_and_works_from_the_keyboard(open_page, article, width):
    page = open_page(article.url, width)
    back = page.locator("a.back-to-top")
    assert page.evaluate("getComputedStyle(document.querySelector('.back-to-top')).opacity") == "0"
    assert back.evaluate("el => getComputedStyle(el).pointerEvents") == "none"
    use_back_to_top_with_the_keyboard(page)
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.back-to-top')).opacity === '0'"
    )


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_without_javascript_everything_is_there_and_plain(open_page, article, width):
    page = open_page(article.url, width, javascript=False)
    check_elements_in_order(page)
    # The whole body, no Show More button.
    assert fully_shown(page)
    assert not page.locator("button.show-more").is_visible()
    page.get_by_text(LAST_PARAGRAPH).scroll_into_view_if_needed()
    assert page.get_by_text(LAST_PARAGRAPH).is_visible()
    for text in ("Related Articles", "Leave a Reply", LAST_PARAGRAPH):
        page.get_by_text(text).first.scroll_into_view_if_needed()
        assert not covered_by_back_to_top(page), text
    # Back to top is a plain, always-visible link to #top.
    use_back_to_top_with_the_keyboard(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"article-{width}-no-js.png", full_page=True)


def covered_by_back_to_top(page):
    """Text elements the "Back to top" link sits on, as the reader sees the screen now."""
    return page.evaluate(
        """() => {
        const b = document.querySelector('.back-to-top').getBoundingClientRect();
        const hit = r => r.width && r.left < b.right && r.right > b.left
          && r.top < b.bottom && r.bottom > b.top;
        return [...document.querySelectorAll(
            'p, li, h1, h2, h3, blockquote, label, input, textarea, button')]
          .filter(e => !e.closest('.back-to-top') && hit(e.getBoundingClientRect()))
          .map(e => e.outerHTML.slice(0, 80));
        }"""
    )


def test_an_imported_article_credits_its_licence_in_the_footer(open_page, make_article):
    from newsroom.models import Licence

    licence = Licence.objects.create(
        name="Wikinews", credit_template="From {link}, licensed CC BY 2.5; text cleaned."
    )
    imported = make_article(
        "Imported story", licence=licence, source_url="https://en.wikinews.org/wiki/Imported_story"
    )
    page = open_page(imported.url, NARROW)
    footer = page.locator("footer.site-footer")
    assert "From Wikinews, licensed CC BY 2.5; text cleaned." in footer.inner_text()
    link = footer.get_by_role("link", name="Wikinews")
    assert link.get_attribute("href") == "https://en.wikinews.org/wiki/Imported_story"


def test_dark_mode_follows_the_system_setting(open_page, article):
    background = "getComputedStyle(document.body).backgroundColor"
    light = open_page(article.url, WIDE).evaluate(background)
    dark_page = open_page(article.url, WIDE, color_scheme="dark")
    assert light == "rgb(255, 255, 255)"
    assert dark_page.evaluate(background) == "rgb(18, 18, 18)"
    SCREENSHOTS.mkdir(exist_ok=True)
    dark_page.screenshot(path=SCREENSHOTS / "article-1280-dark.png", full_page=True)
