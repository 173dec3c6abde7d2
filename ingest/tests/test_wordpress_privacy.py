"""No imported commenter's email, nor its hash, on any public page, feed or API response."""

from comments.models import Comment
from comments.tests.test_privacy import crawl, fingerprints
from ingest.tests.wordpress import THEME, run
from ingest.wordpress import parse
from newsroom.models import ArticlePage


def commenter_emails():
    return {
        data["wp:comment_author_email"]
        for item in parse.read(THEME)
        if isinstance(item, parse.Item)
        for data in item.comments
        if data.get("wp:comment_author_email")
    }


def test_it_shows_no_commenter_email_or_its_hash_anywhere(db, client):
    run(THEME)
    emails = commenter_emails()
    assert emails and Comment.objects.filter(email__in=emails).exists()  # stored for moderators
    articles = [
        page.url for page in ArticlePage.objects.live().public().filter(comments__isnull=False)
    ]
    start = ["/", "/feeds/rss/", "/api/v1/articles", *articles]
    start += [f"/api/v1/articles/{page.pk}/comments" for page in ArticlePage.objects.all()[:30]]
    pages = crawl(client, start, limit=300)
    assert len(pages) > 20
    # The addresses and their hashes; bare local parts ("anon", "themedemos") are ordinary words
    # or public author logins in this export.
    secrets = {
        secret
        for email in emails
        for secret in fingerprints(email)
        if "@" in secret or len(secret) >= 32
    }
    for url, body in pages.items():
        lowered = body.lower()
        assert not [secret for secret in secrets if secret.lower() in lowered], url
