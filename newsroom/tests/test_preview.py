"""A draft's preview is for the newsroom only: never cached, never indexed."""

import pytest

from newsroom.tests.admin_forms import article_form

pytestmark = pytest.mark.django_db


def test_a_draft_preview_is_not_cached_and_not_indexed(client, editor, make_article, site_tree):
    draft = make_article("Secret draft", live=False)
    client.force_login(editor)
    preview_url = f"/admin/pages/{draft.pk}/edit/preview/"
    data = article_form(
        title="Secret draft, revised", slug=draft.slug, topic=site_tree["topics"]["Sport"]
    )
    assert client.post(preview_url, data).json()["is_valid"]
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Secret draft, revised" in response.content.decode()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_the_draft_itself_stays_invisible_to_readers(client, make_article):
    draft = make_article("Secret draft", live=False)
    assert client.get(f"/news/{draft.slug}/").status_code == 404


def test_view_draft_is_not_cached_and_not_indexed_either(client, editor, make_article):
    draft = make_article("Draft seen from the explorer", live=False)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{draft.pk}/view_draft/")
    assert (
        response.status_code == 200 and "Draft seen from the explorer" in response.content.decode()
    )
    assert "no-store" in response["Cache-Control"] and "noindex" in response["X-Robots-Tag"]
