"""Editors and administrators reach the correction form from the article itself (the page
editor's header menu and the explorer's row menu), with the article filled in; reporters and
moderators never see the way in, and drafts do not offer it."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article, reporter):
    return make_article("Dam holds after storm", owner=reporter)


def correction_link(article):
    return f'href="/admin/snippets/newsroom/correction/add/?article={article.pk}"'


def admin_html(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.mark.parametrize("role", ["editor", "administrator"])
def test_editors_and_administrators_find_add_correction_in_the_editor_and_explorer(
    client, request, role, article, site_tree
):
    user = request.getfixturevalue(role)
    assert correction_link(article) in admin_html(client, user, f"/admin/pages/{article.pk}/edit/")
    assert correction_link(article) in admin_html(
        client, user, f"/admin/pages/{site_tree['news'].pk}/"
    )


def test_the_form_it_opens_names_that_article_and_ignores_bad_ids(client, editor, article):
    html = admin_html(
        client, editor, f"/admin/snippets/newsroom/correction/add/?article={article.pk}"
    )
    assert f'name="article" value="{article.pk}"' in html
    for bad in ("abc", "", "-1", "999999999", "9" * 40):  # ignored, never an error page
        assert admin_html(client, editor, f"/admin/snippets/newsroom/correction/add/?article={bad}")


def test_a_reporter_does_not_see_it_even_on_their_own_published_article(
    client, reporter, article, site_tree
):
    assert "Add correction" not in admin_html(client, reporter, f"/admin/pages/{article.pk}/edit/")
    assert "Add correction" not in admin_html(
        client, reporter, f"/admin/pages/{site_tree['news'].pk}/"
    )
    assert client.get(
        f"/admin/snippets/newsroom/correction/add/?article={article.pk}"
    ).status_code in (302, 403)


def test_a_moderator_does_not_see_it_and_cannot_open_the_form(client, moderator, article):
    client.force_login(moderator)
    assert client.get(f"/admin/pages/{article.pk}/edit/").status_code in (302, 403)
    assert client.get(
        f"/admin/snippets/newsroom/correction/add/?article={article.pk}"
    ).status_code in (302, 403)


def test_a_draft_does_not_offer_it(client, editor, make_article):
    draft = make_article("Not out yet", live=False)
    assert "Add correction" not in admin_html(client, editor, f"/admin/pages/{draft.pk}/edit/")
