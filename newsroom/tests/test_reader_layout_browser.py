"""Every reader page type at a phone's, a tablet's and a desktop's width, light and dark, in
Debian's Chromium: nothing overflows sideways, nothing covers text, every card has a picture
with alt text, and no picture is stretched beyond 1.25 times its rendition. Screenshots go to
a temporary directory (WINDOWNEWS_SCREENSHOTS to keep them elsewhere)."""

import os
import tempfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (390, 768, 1280)
SCHEMES = ("light", "dark")
PAGES = {
    "article": "/news/ukraine-may-not-join-nato-zelenskyy/",
    "home": "/",
    "topic": "/topics/russia-ukraine-war/",
    "author": "/authors/global-windownews-desk/",
    "search": "/search/?q=Kyiv",
}

CHECKS = """() => {
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  const cards = [...document.querySelectorAll('.card')];
  const bare = cards.filter(c => { const i = c.querySelector('img');
    return !i || !i.getAttribute('alt'); }).map(c => c.innerText.slice(0, 60));
  const shown = i => i.getBoundingClientRect().width;
  const stretched = [...document.querySelectorAll('main img')]
    .filter(i => i.complete && i.naturalWidth && shown(i) > 1.25 * i.naturalWidth)
    .map(i => `${i.currentSrc.split('/').pop()} ${i.naturalWidth}->${shown(i)}`);
  // Text covered: the element on top at the centre of a visible text box is not part of it.
  const texts = [...document.querySelectorAll('p, h1, h2, h3, li a, label, input, textarea')];
  const covered = texts.filter(e => { const r = e.getBoundingClientRect();
    if (!r.width || !r.height || r.bottom < 0 || r.top > innerHeight) return false;
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    return top && !e.contains(top) && !top.contains(e)
      && getComputedStyle(top).position === 'fixed';
  }).map(e => e.outerHTML.slice(0, 80));
  return {overflow, cards: cards.length, bare, stretched, covered};
}"""


@pytest.fixture
def site(seed_article, make_article):
    from discovery.related import compute_all
    from pictures.articles import draw_missing

    for day, place in ((1, "Poland"), (2, "Moldova"), (3, "Kyiv talks")):
        text = f"<p>{place}: Zelenskyy said Ukraine may not join NATO, officials in Kyiv said.</p>"
        article = make_article(
            f"{place}: day {day} of the talks",
            topic="Russia-Ukraine War",
            body=[("paragraph", text)],
        )
        article.tags.add("Ukraine" if place == "Kyiv talks" else place)
        article.save()
    make_article("Cup final goes to extra time", topic="Sport")
    make_article("Storm closes the coast road", topic="Disasters and Accidents")
    compute_all()
    draw_missing()
    return seed_article


@pytest.fixture(scope="module")
def screenshots():
    folder = os.environ.get("WINDOWNEWS_SCREENSHOTS") or tempfile.mkdtemp(prefix="screens-")
    Path(folder).mkdir(parents=True, exist_ok=True)
    return Path(folder)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_type_lays_out_cleanly_at_every_width(
    browser, live_server, site, screenshots, scheme
):
    problems = {}
    for width in WIDTHS:
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=scheme, reduced_motion="reduce"
        )
        page = context.new_page()
        for name, path in PAGES.items():
            assert page.goto(live_server.url + path).status == 200, path
            page.wait_for_load_state("networkidle")
            found = page.evaluate(CHECKS)
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_timeout(50)  # one frame for the scroll handler, not a timing check
            found["covered"] += page.evaluate(CHECKS)["covered"]
            page.screenshot(path=screenshots / f"{name}-{width}-{scheme}.png", full_page=True)
            if name != "search" or "q=" in path:
                assert found["cards"], (name, width)
            bad = {key: found[key] for key in ("bare", "stretched", "covered") if found[key]}
            if found["overflow"] > 0:
                bad["overflow"] = found["overflow"]
            if bad:
                problems[f"{name} at {width}"] = bad
        context.close()
    assert not problems, problems
