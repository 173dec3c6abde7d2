"""Every page imported from the two shared exports, opened in Chromium (one browser page for
all of them): no raw [shortcode] or <!-- wp: --> text, no broken image, no console error."""

import re

import pytest

from ingest.models import WordPressItem
from ingest.tests.wordpress import BLOCKS, EXPORTS, THEME, run, uploads

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RAW = re.compile(r"<!--\s*/?wp:|\[/?(caption|gallery|embed|audio|video|playlist)[\s\]]")
# Lazy images below the fold load only when asked; decode() settles once one has loaded or
# failed, so a broken image is one with no width after it.
BROKEN_IMAGES = """async () => {
    const images = [...document.images];
    images.forEach((image) => { image.loading = "eager"; });
    await Promise.all(images.map((image) => image.decode().catch(() => null)));
    return images.filter((image) => image.naturalWidth === 0).map((image) => image.src);
}"""

# What a reader sees outside code samples (a post about blocks may show "<!-- wp:code -->" in one).
PROSE = """() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll("pre, code").forEach((sample) => sample.remove());
    return body.innerText;
}"""


def imported_urls():
    urls = set()
    for row in WordPressItem.objects.filter(kind__in=("post", "page")):
        page = row.target
        if page.live and not page.get_view_restrictions().exists():
            urls.add(page.get_url())
    return sorted(urls)


def test_every_imported_page_renders_whole(live_server, browser, tmp_path):
    folder = uploads(tmp_path)
    run(THEME, folder)
    run(BLOCKS, folder)
    urls = imported_urls()
    assert len(urls) > 60  # both exports' published posts and pages
    opened_whole(browser, live_server, urls)


# Two of the other real exports (tests/data/exports), with no uploads folder: every file is
# missing, as it is when the old site is gone and nobody kept wp-content/uploads.
@pytest.mark.parametrize("name", ["a11y-unit-test-data", "wordpress-com-2025"])
def test_every_page_of_another_real_export_renders_whole(live_server, browser, name):
    run(EXPORTS / f"{name}.xml")
    urls = imported_urls()
    assert urls
    opened_whole(browser, live_server, urls)


def opened_whole(browser, live_server, urls):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(f"{page.url}: {m.text}"))
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    try:
        for url in urls:
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            assert not RAW.search(page.content()), url
            assert not RAW.search(page.evaluate(PROSE)), url
            assert page.evaluate(BROKEN_IMAGES) == [], url
    finally:
        context.close()
    assert not errors, f"{len(errors)} console errors, e.g. {sorted(set(errors))[:5]}"
