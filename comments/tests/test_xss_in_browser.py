"""No reader input runs as script: the payload catalogue goes through every field and is rendered
on the article page, the reader's own pages, the moderation screens (as a Moderator) and the
JSON API (as Chromium shows the JSON, and in the API's own Swagger page), in real Chromium.
"""

import json

import pytest
from django.core import signing
from django.utils import timezone

from comments.models import Comment, CommentSettings
from comments.tests.conftest import approved_thread, watching_dialogs
from comments.tests.xss_payloads import PAYLOADS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What a payload would leave behind if the browser had parsed it as markup.
LEFTOVERS = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('main *, .comment-list *, [data-xss-scope] *')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
      const url = ['href', 'src', 'action', 'data', 'formaction'].includes(attr.name);
      if (url && /^\\s*(javascript|data):/i.test(attr.value))
        bad.push(el.tagName + ' ' + attr.name + '=' + attr.value);
    }
  }
  for (const tag of ['script', 'iframe', 'img', 'svg', 'object', 'embed', 'style', 'base',
                     'meta', 'input', 'form']) {
    if (document.querySelector('.comment-list ' + tag)) bad.push(tag);
  }
  return bad;
}"""


@pytest.fixture
def watched(browser):
    """A page that records every dialog (alert/confirm/prompt) a payload might open."""
    context = browser.new_context()
    yield watching_dialogs(context.new_page())
    context.close()


# The same anywhere in a document whose own markup we do not write (the admin, Swagger UI, the
# JSON viewer): an inline handler, a script URL, or a script/frame a payload could have made.
INJECTED = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
      const url = ['href', 'src', 'action', 'data', 'formaction', 'srcdoc'].includes(attr.name);
      if (url && /^\\s*(javascript|data:text)/i.test(attr.value))
        bad.push(el.tagName + ' ' + attr.name + '=' + attr.value);
    }
  }
  for (const el of document.querySelectorAll('script')) {
    const js = !el.type || /javascript|module/i.test(el.type);
    if (js && /alert|__xss/.test(el.textContent + (el.src || '')))
      bad.push('script ' + el.textContent.slice(0, 40));
  }
  for (const el of document.querySelectorAll(
    'iframe, object, embed, base, img[src="x"], meta[http-equiv]')) bad.push(el.tagName);
  return bad;
}"""


def assert_inert(page, url, check=LEFTOVERS):
    response = page.goto(url)
    assert response.status == 200, url
    assert_nothing_ran(page, url, check)
    return response


def assert_nothing_ran(page, where, check=LEFTOVERS):
    page.wait_for_timeout(300)  # let onload/onerror/animation handlers fire if any exist
    assert page.dialogs == [], (where, page.dialogs)
    assert page.evaluate("() => window.__xss") is None, where
    leftovers = page.evaluate(check)
    assert leftovers == [], (where, leftovers)


@pytest.fixture
def payload_article(wagtail_root, make_article, site_tree):
    article = make_article("Payload article", published_at=timezone.now())
    CommentSettings.objects.update_or_create(
        site=site_tree["home"].get_site(), defaults={"per_page": 500}
    )
    approved_thread(article, PAYLOADS)
    for payload in PAYLOADS:
        Comment.objects.create(
            article=article,
            body=payload,
            name=payload[:100],
            url=payload[:200],
            email=payload[:254],
            state="pending",
        )
    return article


def test_no_payload_runs_on_the_article_page(live_server, watched, payload_article):
    assert_inert(watched, live_server.url + payload_article.url)
    assert watched.locator(".comment-list > li, .comment-list .children > li").count() == len(
        PAYLOADS
    )
    assert (
        "<script>alert(1)</script>" in watched.locator(".comment-list").inner_text()
    )  # shown as text


def test_no_payload_runs_on_the_reply_and_confirmation_pages(live_server, watched, payload_article):
    from comments.posting import POSTED_SALT

    for comment in Comment.objects.filter(article=payload_article, state="approved")[:20]:
        assert_inert(watched, f"{live_server.url}/comments/reply/{comment.pk}/")
    for comment in Comment.objects.filter(article=payload_article, state="pending")[:20]:
        assert_inert(
            watched,
            f"{live_server.url}/comments/posted/{signing.dumps(comment.pk, salt=POSTED_SALT)}/",
        )


def test_no_payload_runs_on_the_moderation_screens(live_server, as_moderator, payload_article):
    page, admin = as_moderator, f"{live_server.url}/admin"
    for query in ("", "?state=pending", "?q=script", f"?article={payload_article.pk}"):
        assert_inert(page, f"{admin}/comments/{query}", INJECTED)
    assert_inert(page, f"{admin}/comments/?state=pending", INJECTED)
    assert "<script>alert(1)</script>" in page.locator("main").inner_text()  # listed, as text
    for comment in Comment.objects.filter(article=payload_article, state="pending")[:15]:
        assert_inert(page, f"{admin}/comments/edit/{comment.pk}/", INJECTED)
        assert_inert(page, f"{admin}/comments/inspect/{comment.pk}/", INJECTED)
    ids = "&".join(
        f"id={pk}"
        for pk in Comment.objects.filter(state="pending").values_list("pk", flat=True)[:30]
    )
    assert_inert(page, f"{admin}/bulk/comments/comment/approve/?{ids}", INJECTED)
    assert_inert(page, f"{admin}/", INJECTED)  # the dashboard and the menu with its count


def test_no_payload_runs_in_the_api_json(live_server, watched, payload_article):
    url = f"{live_server.url}/api/v1/articles/{payload_article.pk}/comments"
    shown = [c.body for c in payload_article.comments.approved().oldest_first()]
    # Routing switches Chromium's HTTP cache off, so the second visit reaches the server
    # instead of revalidating the browser's copy (whose headers would still say MISS).
    watched.route("**/*", lambda route: route.continue_())
    # The plain URL twice (rendered, then a page-cache hit); a query string always renders.
    for address, cache, count in (
        (url, "MISS", 20),
        (url, "HIT", 20),
        (url + "?page_size=100", None, len(shown)),
    ):
        response = assert_inert(watched, address, INJECTED)
        assert response.headers.get("x-cache") == cache, address
        assert response.headers["content-type"] == "application/json; charset=utf-8", address
        assert response.headers["x-content-type-options"] == "nosniff", address
        assert watched.evaluate("() => document.contentType") == "application/json"
        items = json.loads(response.body())["items"]
        assert [item["body"] for item in items] == shown[:count]
        assert {item["website"] for item in items} <= {
            p[:200] for p in PAYLOADS if p.startswith("http")
        } | {""}
        assert not any("email" in item for item in items)


def test_no_payload_runs_when_the_api_docs_show_the_comments(live_server, watched, payload_article):
    page, elsewhere = watched, []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith(live_server.url) else elsewhere.append(request.url)
        ),
    )
    assert_inert(page, f"{live_server.url}/api/v1/docs", INJECTED)
    operation = page.locator(
        ".opblock", has=page.locator(".opblock-summary-path", has_text="/comments")
    )
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.locator('input[placeholder="article_id"]').fill(str(payload_article.pk))
    operation.locator('input[placeholder="page_size"]').fill("100")
    operation.get_by_role("button", name="Execute").click()
    body = operation.locator(".live-responses-table .response-col_description pre").first
    body.wait_for()
    assert "alert(1)" in body.inner_text()  # the payloads are on the page, as text
    assert_nothing_ran(page, "Swagger UI response", INJECTED)
    assert elsewhere == []  # the docs page loads nothing from third parties


def test_payloads_typed_into_the_form_are_stored_and_shown_as_text(
    live_server, watched, wagtail_root, make_article, monkeypatch
):
    from comments import flood, forms

    monkeypatch.setattr(flood, "FLOOD_SECONDS", 0)  # one browser, many posts
    monkeypatch.setattr(forms, "MIN_SECONDS", 0)
    article = make_article("Typed payloads", published_at=timezone.now())
    chosen = PAYLOADS[::5]
    for i, payload in enumerate(chosen):
        watched.goto(live_server.url + article.url)
        watched.fill("#id_comment", payload)
        watched.fill("#id_name", payload[:100])
        watched.fill("#id_email", f"o'brien+{i}@sub.example.co.uk")
        if payload.startswith("http"):
            watched.fill("#id_url", payload)
        with watched.expect_navigation():
            watched.click("form.comment-form button[type=submit]")
        assert watched.dialogs == []
    stored = Comment.objects.filter(article=article)
    assert stored.count() == len(chosen)
    stored.update(state="approved")
    assert_inert(watched, live_server.url + article.url)
