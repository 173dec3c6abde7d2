"""Publishing, editing and unpublishing purge exactly the pages that show the article.

Every dependent page is read through the cache (warm: a HIT) before each step and right
after it; none may still show what the step changed. Runs on Redis in the Postgres pass."""

import pytest

from comments.signals import comments_changed
from newsroom.models import ArticleAuthor, Author

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(site_tree, make_article):
    neighbour = make_article("Kyiv talks on Geneva ceasefire", topic="Russia-Ukraine War")
    author = Author.objects.create(name="Olena Petrenko")
    article = make_article(
        "Kyiv talks resume",
        topic="Russia-Ukraine War",
        live=False,
        body=[
            (
                "paragraph",
                "<p>Kyiv talks on a Geneva ceasefire resume with negotiators from Kyiv and "
                "Geneva.</p>",
            )
        ],
    )
    ArticleAuthor.objects.create(article=article, author=author)
    article.tags.add("diplomacy")
    article.save_revision()
    from discovery.related import compute_all

    compute_all()
    dependents = [
        site_tree["home"].url,
        site_tree["news"].url,
        site_tree["topics"]["Russia-Ukraine War"].url,
        author.get_absolute_url(),
        neighbour.url,  # its Related list shows the article
    ]
    return article, dependents


def read_all(client, urls):
    return {url: client.get(url) for url in urls}


def warm(client, urls):
    read_all(client, urls)
    for url, response in read_all(client, urls).items():
        assert response.get("X-Cache") == "HIT", url


def test_it_purges_every_dependent_page_on_publish_edit_and_unpublish(
    client, story, django_capture_on_commit_callbacks
):
    article, dependents = story
    warm(client, dependents)
    for url, response in read_all(client, dependents).items():
        assert "Kyiv talks resume" not in response.content.decode(), url

    with django_capture_on_commit_callbacks(execute=True):
        article.get_latest_revision().publish()
    article.refresh_from_db()
    pages = read_all(client, [*dependents, article.url])
    for url, response in pages.items():
        assert response.status_code == 200 and "Kyiv talks resume" in response.content.decode(), url

    warm(client, [*dependents, article.url])
    article.title = "Kyiv talks collapse"
    article.body = [("paragraph", "<p>Talks ended without agreement.</p>")]
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    for url, response in read_all(client, [*dependents, article.url]).items():
        html = response.content.decode()
        assert "Kyiv talks collapse" in html and "Kyiv talks resume" not in html, url

    warm(client, [*dependents, article.url])
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get(article.url).status_code == 404
    for url, response in read_all(client, dependents).items():
        assert "Kyiv talks collapse" not in response.content.decode(), url


def test_it_purges_the_article_when_its_comments_change(
    client, seed_article, django_capture_on_commit_callbacks
):
    warm(client, [seed_article.url])
    with django_capture_on_commit_callbacks(execute=True):
        comments_changed.send(sender=None, article=seed_article)
    assert client.get(seed_article.url)["X-Cache"] == "MISS"


def test_it_purges_the_article_and_the_corrections_page_when_a_correction_is_added(
    client, seed_article, django_capture_on_commit_callbacks
):
    from newsroom.models import Correction

    warm(client, [seed_article.url, "/corrections/"])
    with django_capture_on_commit_callbacks(execute=True):
        Correction.objects.create(article=seed_article, text="An earlier version misspelt Kyiv.")
    for url in (seed_article.url, "/corrections/"):
        assert "An earlier version misspelt Kyiv." in client.get(url).content.decode(), url


def test_it_keeps_unrelated_pages_cached(
    client, story, make_article, django_capture_on_commit_callbacks
):
    article, _ = story
    elsewhere = make_article("Football final", topic="Sport")
    warm(client, [elsewhere.url])
    with django_capture_on_commit_callbacks(execute=True):
        article.get_latest_revision().publish()
    assert client.get(elsewhere.url)["X-Cache"] == "HIT"


def late_word(article):
    """An approved comment, saved without the signal the comments app sends."""
    from comments.models import Comment

    return Comment.objects.create(
        article=article,
        name="Late reader",
        email="l@example.invalid",
        body="A late word.",
        state="approved",
    )


def test_it_renews_the_shared_comment_fragment_with_the_page(
    client, seed_article, django_capture_on_commit_callbacks
):
    from comments.models import Comment

    warm(client, [seed_article.url])
    late_word(seed_article)
    # Without the signal the page and its comment fragment are still the old ones ...
    assert "A late word." not in client.get(seed_article.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        comments_changed.send(sender=Comment, article=seed_article)
    # ... with it, both are rendered anew, not just the page around an old fragment.
    assert "A late word." in client.get(seed_article.url).content.decode()


def test_a_comment_renews_only_the_comment_section_and_an_edit_still_renews_the_article(
    client, story, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from comments.models import Comment

    article, _ = story
    with django_capture_on_commit_callbacks(execute=True):
        article.get_latest_revision().publish()
    warm(client, [article.url])
    late_word(article)
    with django_capture_on_commit_callbacks(execute=True):
        comments_changed.send(sender=Comment, article=article)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.url).content.decode()
    assert "A late word." in html and "Kyiv talks resume" in html
    # The article, its head and its row came from the cache: no query for its tags, its
    # authors, its sources or its Related list, only the comment section's.
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "comments_comment" in tables
    for table in (
        "newsroom_articletag",
        "newsroom_articleauthor",
        "newsroom_articlesource",
        "discovery_relatedarticle",
    ):
        assert table not in tables, table
    article.title = "Kyiv talks collapse"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert (
        "Kyiv talks collapse" in html and "Kyiv talks resume" not in html and "A late word." in html
    )


def test_it_purges_everything_when_site_settings_change(
    client, seed_article, django_capture_on_commit_callbacks
):
    from wagtail.models import Site

    warm(client, [seed_article.url])
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Renamed WindowNews"
    with django_capture_on_commit_callbacks(execute=True):
        site.save()
    assert "Renamed WindowNews" in client.get(seed_article.url).content.decode()
