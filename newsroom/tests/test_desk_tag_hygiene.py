"""Editors rename a tag or merge a mistyped one into the right one; the old tag page redirects.
Reporters and moderators cannot."""

import pytest
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect

from newsroom.models import ArticleTag

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged(make_article):
    return {
        "right": make_article("Right tag", tags=["Ukraine"]),
        "wrong": make_article("Typo tag", tags=["Ukriane"]),
        "both": make_article("Both tags", tags=["Ukraine", "Ukriane"]),
    }


def edit(client, tag, **data):
    return client.post(
        f"/admin/tags/edit/{tag.pk}/",
        {"name": tag.name, "slug": tag.slug, "merge_into": "", **data},
    )


def test_an_editor_renames_a_tag_and_the_old_page_redirects(client, editor, tagged):
    client.force_login(editor)
    tag = Tag.objects.get(name="Ukriane")
    assert edit(client, tag, name="Ukraine war", slug="ukraine-war").status_code == 302
    tag.refresh_from_db()
    assert tag.slug == "ukraine-war"
    redirect = Redirect.objects.get(old_path="/tags/ukriane")
    assert redirect.link == "/tags/ukraine-war/" and redirect.is_permanent


def test_an_editor_merges_a_typo_into_the_right_tag(client, editor, tagged):
    client.force_login(editor)
    wrong, right = Tag.objects.get(name="Ukriane"), Tag.objects.get(name="Ukraine")
    assert edit(client, wrong, merge_into=right.pk).status_code == 302
    assert not Tag.objects.filter(pk=wrong.pk).exists()
    on_right = set(ArticleTag.objects.filter(tag=right).values_list("content_object_id", flat=True))
    assert on_right == {article.pk for article in tagged.values()}  # "both" tagged once
    assert Redirect.objects.get(old_path="/tags/ukriane").link == "/tags/ukraine/"


def test_a_tag_cannot_be_merged_into_itself_and_the_form_comes_back(client, editor, tagged):
    client.force_login(editor)
    tag = Tag.objects.get(name="Ukraine")
    response = edit(client, tag, name="Ukraine!", merge_into=tag.pk)
    assert response.status_code == 200
    html = response.content.decode()
    assert "cannot be merged into itself" in html and 'value="Ukraine!"' in html


@pytest.mark.parametrize("role", ["reporter", "moderator"])
def test_reporters_and_moderators_cannot_touch_tags(client, request, role, tagged):
    client.force_login(request.getfixturevalue(role))
    tag = Tag.objects.get(name="Ukriane")
    assert client.get("/admin/tags/").status_code in (302, 403)
    assert edit(client, tag, name="Changed").status_code in (302, 403)
    tag.refresh_from_db()
    assert tag.name == "Ukriane"
