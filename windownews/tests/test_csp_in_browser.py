"""With the Content-Security-Policy enforced, Chromium reports no violation on reader pages:
nothing the site itself ships is blocked (and the scripts still run)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/",
    "/news/ukraine-may-not-join-nato-zelenskyy/",
    "/topics/russia-ukraine-war/",
    "/search/?q=Ukraine",
    "/api/v1/docs",
]
# Collects violations from the first byte, before any script of the page runs.
LISTEN = """window.__violations = [];
document.addEventListener("securitypolicyviolation", e => window.__violations.push(
  e.violatedDirective + " " + e.blockedURI));"""


@pytest.mark.parametrize("path", PAGES)
def test_it_loads_reader_pages_without_a_policy_violation(browser, live_server, seed_article, path):
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(LISTEN)
    console = []
    page.on("console", lambda message: console.append(message.text))
    response = page.goto(live_server.url + path, wait_until="networkidle")
    assert (
        response.status == 200
        and "script-src 'self'" in response.headers["content-security-policy"]
    )
    violations = page.evaluate("window.__violations")
    # Fetched and not blocked (a blocked script would be a violation): site.js ran.
    site_js_ran = page.evaluate(
        "performance.getEntriesByType('resource').some(e => /[/]js[/]site[.]/.test(e.name))"
    )
    context.close()
    assert violations == []
    assert not [text for text in console if "Content Security Policy" in text], console
    assert site_js_ran or path.startswith("/api/")
