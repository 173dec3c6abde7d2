"""A commenter's email never reaches a reader: not in any public page, not as a hash."""

import hashlib
import re
from html.parser import HTMLParser

import pytest
from django.core import signing
from django.utils import timezone

from comments.models import Comment
from comments.posting import POSTED_SALT
from entities.tasks import extract

pytestmark = pytest.mark.django_db
EMAIL = "Private.Person+news@example.org"


def fingerprints(email):
    """The email and the hashes Gravatar-style avatars
    publish (of the trimmed, lowercased address)."""
    forms = {email, email.lower(), email.strip().lower()}
    found = set(forms)
    for form in forms:
        for algorithm in ("md5", "sha1", "sha256"):
            found.add(hashlib.new(algorithm, form.encode()).hexdigest())
    found.add(email.split("@")[0].lower())
    return found


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and href.startswith("/") and not href.startswith("/admin"):
            self.hrefs.append(href.split("#")[0])


def crawl(client, start, limit=400):
    seen, queue, pages = set(), list(start), {}
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        kind = response.get("Content-Type", "")
        if response.status_code != 200 or not any(text in kind for text in ("html", "xml", "json")):
            continue
        body = response.content.decode(errors="replace")
        pages[url] = body
        parser = Links()
        parser.feed(body)
        queue.extend(href for href in parser.hrefs if href not in seen)
    return pages


def test_no_public_page_carries_the_commenters_email_or_its_hash(
    client, seed_article, make_article
):
    other = make_article("Busy thread", published_at=timezone.now())
    first = Comment.objects.create(
        article=seed_article,
        name="Private",
        email=EMAIL,
        url="https://me.example",
        body="hello",
        state="approved",
    )
    Comment.objects.create(
        article=seed_article,
        parent=first,
        name="Private",
        email=EMAIL,
        body="again",
        state="approved",
    )
    held = Comment.objects.create(
        article=other, name="Private", email=EMAIL, body="held one", state="pending"
    )
    for i in range(55):
        Comment.objects.create(
            article=other,
            name=f"R{i}",
            email=EMAIL.replace("@", f"{i}@"),
            body=f"c{i}",
            state="approved",
        )
    posted = f"/comments/posted/{signing.dumps(held.pk, salt=POSTED_SALT)}/"
    extract(seed_article)  # its people and places pages join the crawl
    start = [
        "/",
        "/people/",
        "/places/",
        seed_article.url,
        other.url,
        f"/comments/reply/{first.pk}/",
        posted,
    ]
    start += [
        "/feeds/rss/",
        "/feeds/atom/",
        "/sitemap.xml",
        "/api/v1/articles",
        "/api/v1/openapi.json",
    ]
    for article in (seed_article, other):
        api = f"/api/v1/articles/{article.pk}"
        start += [api, f"{api}/comments", f"{api}/comments?page=2", f"{api}/comments?page=3"]
    pages = crawl(client, start)
    assert f"/comments/article/{other.pk}/page/2/" in pages  # the crawl reached every comment page
    assert (
        '"name": "R54"' in pages[f"/api/v1/articles/{other.pk}/comments?page=3"]
    )  # and every API page
    assert {"/feeds/rss/", "/feeds/atom/", "/sitemap.xml"} <= pages.keys()
    secrets = fingerprints(EMAIL)
    for url, body in pages.items():
        lowered = body.lower()
        leaked = [secret for secret in secrets if secret.lower() in lowered]
        assert leaked == [], (url, leaked)
        # As a word or a host, not inside a random token: the comment form's signed time stamp
        # is base64 and spelt "md5" by chance about once in a hundred renders.
        assert not re.search(r"(?<![\w-])(gravatar|md5)(?![\w-])", lowered), url


def test_reader_pages_never_load_the_email_from_the_database(
    client, article, django_assert_num_queries
):
    Comment.objects.create(article=article, name="P", email=EMAIL, body="hi", state="approved")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(article.url)
    sqls = [q["sql"] for q in queries.captured_queries]
    comment_queries = [
        sql for sql in sqls if 'FROM "comments_comment"' in sql and "COUNT" not in sql.upper()
    ]
    assert comment_queries and all('"email"' not in sql for sql in comment_queries)
