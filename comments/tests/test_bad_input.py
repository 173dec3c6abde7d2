"""Hostile or odd input never breaks the article page (DESIGN.md traps) and loses nothing."""

import pytest

from comments import plaintext
from comments.models import Comment

pytestmark = pytest.mark.django_db

SEVENTY_FIVE_KB = ("word " * 15_000)[:75_000]


TRAPS = (
    "<a" * 1000,
    SEVENTY_FIVE_KB,
    "<" * 5000,
    "https://" * 2000,
    "\n\n" * 3000 + "end",
    "https://a.example/" + "(" * 4000 + ")" * 4000,
)


def test_the_design_traps_render_as_text_and_the_page_stays_200(client, article):
    for body in TRAPS:
        Comment.objects.create(
            article=article, name="Edge", email="e@example.org", body=body, state="approved"
        )
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;a&lt;a&lt;a" in html
    assert html.count("word word") > 1000


def test_a_75_kb_comment_is_refused_with_the_text_returned(post, article):
    response = post(article, comment=SEVENTY_FIVE_KB)
    assert response.status_code == 400
    assert SEVENTY_FIVE_KB.strip() in response.content.decode()
    assert Comment.objects.count() == 0


def test_rtl_overrides_are_removed_and_names_isolated(client, post, article):
    post(article, name="\u202egnp.exe", comment="hello \u2066world\u2069 \u202b!")
    comment = Comment.objects.get()
    assert comment.name == "gnp.exe" and comment.body == "hello world !"
    assert "<bdi>gnp.exe</bdi>" in client.get(article.url).content.decode()


@pytest.mark.parametrize(
    "name",
    [
        "Аdmin",
        "Ｍoderator",
        "ad\u200bmin",
        "Zoë Ω 🦉",
        "عربي",
        "שלום",
        "名前",
    ],  # Cyrillic А, fullwidth Ｍ, zero-width space
)
def test_homoglyph_and_non_latin_names_are_kept_as_typed(client, post, article, name):
    assert post(article, name=name).status_code == 303
    assert Comment.objects.get().name == name
    assert client.get(article.url).status_code == 200


@pytest.mark.parametrize(
    "email",
    [
        "o'brien@example.ie",
        "first.last+tag@sub.example.co.uk",
        "x@example.museum",
        "user_name-1@xn--bcher-kva.example",
        "a@b.cd",
    ],
)
def test_odd_but_valid_emails_are_accepted(post, article, email):
    assert post(article, email=email).status_code == 303


def test_links_are_made_clickable_with_ugc_rel_and_punctuation_left_outside():
    html = plaintext.render("See https://example.org/a_(b)?q=1&r=2. Or http://x.example!")
    assert (
        '<a href="https://example.org/a_(b)?q=1&amp;r=2" rel="nofollow ugc noopener">https://example.org/a_(b)?q=1&amp;r=2</a>.'
        in html
    )
    assert '<a href="http://x.example" rel="nofollow ugc noopener">http://x.example</a>!' in html


def test_paragraphs_and_line_breaks():
    assert plaintext.render("one\ntwo\n\n\nthree") == "<p>one<br>two</p>\n<p>three</p>"


def test_website_links_carry_ugc_rel(client, post, article):
    post(article, url="https://reader.example/blog")
    html = client.get(article.url).content.decode()
    assert (
        '<a href="https://reader.example/blog" rel="nofollow ugc noopener"><bdi>Ada</bdi></a>'
        in html
    )


def test_bad_query_strings_on_comment_pages_do_not_500(client, article):
    for url in (
        f"/comments/article/{article.pk}/page/0/",
        "/comments/reply/999999/",
        "/comments/posted/garbage/",
        "/comments/post/",
    ):
        assert client.get(url).status_code in (404, 405)
    assert (
        client.post(
            "/comments/post/", {"article": "abc"}, HTTP_ORIGIN="http://testserver"
        ).status_code
        == 404
    )
    assert client.post("/comments/post/", {}, HTTP_ORIGIN="http://testserver").status_code == 404


HUGE = "99999999999999999999"


def test_an_id_too_large_for_the_database_is_a_404_not_a_500(client, post, article):
    assert client.get(f"/comments/article/{HUGE}/page/1/").status_code == 404
    assert client.get(f"/comments/reply/{HUGE}/").status_code == 404
    same_site = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}
    fields = {"article": HUGE, "comment": "Hi", "name": "A", "email": "a@example.org"}
    assert client.post("/comments/post/", fields, **same_site).status_code == 404
    response = post(article, parent=HUGE, comment="A reply to nothing")
    assert response.status_code == 400 and "A reply to nothing" in response.content.decode()
