"""A lone surrogate or a control character sent in the editor's form never reaches the database,
so the article it was meant to break still answers 200 to readers, the preview, search and feeds
(on SQLite it made every read of the article fail; on PostgreSQL the save itself failed)."""

import pytest

from newsroom.models import ArticlePage
from newsroom.tests.admin_forms import article_form, edit_url

pytestmark = pytest.mark.django_db

HOSTILE = "\ud800\x00\x0b\x1b\x7f\ufffe"


@pytest.fixture
def published_hostile(client, editor, make_article, site_tree):
    article = make_article("Storm warning")
    client.force_login(editor)
    data = article_form(
        title=f"Storm{HOSTILE[1:]} warning",  # the test client cannot encode a raw surrogate
        slug=article.slug,
        topic=site_tree["topics"]["Sport"],
        body=f"Flood{HOSTILE} waters rise",  # rich text is JSON in the field: \\ud800 escaped
        standfirst=f"Rain{HOSTILE[1:]}\nall night",
        tags=f"storm{HOSTILE[1:]}, flood",
        **{"action-publish": "1"},
    )
    response = client.post(edit_url(article), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return ArticlePage.objects.get(pk=article.pk)


def test_it_stores_the_text_without_the_hostile_characters(published_hostile):
    article = published_hostile
    assert article.live and article.title == "Storm warning"
    assert article.standfirst == "Rain\nall night"  # newlines stay where a field allows them
    assert ">Flood waters rise</p>" in str(article.body[0].value)
    assert sorted(tag.name for tag in article.tags.all()) == ["flood", "storm"]


def test_readers_search_and_feeds_still_get_the_article(client, published_hostile):
    page = client.get(published_hostile.url)
    assert page.status_code == 200 and "Flood waters rise" in page.content.decode()
    search = client.get("/search/?q=flood")
    assert search.status_code == 200 and "Storm warning" in search.content.decode()
    for feed in ("/feeds/rss/", "/feeds/atom/"):
        response = client.get(feed)
        assert response.status_code == 200 and b"Storm warning" in response.content


def test_the_preview_of_a_hostile_edit_still_renders(client, editor, published_hostile):
    client.force_login(editor)
    preview_url = f"/admin/pages/{published_hostile.pk}/edit/preview/"
    data = article_form(
        title="Storm\x00 warning", slug=published_hostile.slug, body="Rain\ud800 again"
    )
    assert client.post(preview_url, data).json()["is_valid"]
    response = client.get(preview_url)
    assert response.status_code == 200 and "Rain again" in response.content.decode()


def test_a_search_for_hostile_characters_answers_a_page(client, published_hostile):
    assert client.get("/search/", {"q": "flood\x00\x0b"}).status_code == 200
