"""A first comment under a name that poses as the site's staff waits for a moderator, however the
name is disguised; a name of invisible characters only is refused with a clear error."""

import pytest

from comments.models import Comment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rules_alone")]


@pytest.mark.parametrize(
    "name",
    [
        "Moderator",
        "\u0410dmin",  # Cyrillic А
        "Ad\u200bmin",  # zero-width space
        "Ｅｄｉｔｏｒ",  # full-width
        "𝐀𝐝𝐦𝐢𝐧",  # mathematical bold
        "Staff",
        "The Editors",
        "the  editors ",
    ],
)
def test_it_holds_a_name_that_poses_as_staff_and_keeps_it_as_typed(post, article, name):
    assert post(article, name=name).status_code == 303
    comment = Comment.objects.get()
    assert (comment.state, comment.held_because) == ("pending", "name poses as the site")
    assert comment.name == name.strip()


@pytest.mark.parametrize("name", ["Edith", "Adminah Okafor", "Стафф", "编辑部的读者"])
def test_it_publishes_names_that_only_resemble_staff(post, article, name):
    assert post(article, name=name).status_code == 303
    assert Comment.objects.get().state == "approved"


@pytest.mark.parametrize("name", ["\u2800", "\u3164\u3164", "\u115f", "\u200b \u2060"])
def test_it_refuses_an_invisible_name_with_the_form_filled_in(post, article, name):
    response = post(article, name=name, comment="Words I want to keep.")
    html = response.content.decode()
    assert response.status_code == 400
    assert "only invisible" in html[html.index('id="id_name_error"') :][:300]
    assert "Words I want to keep." in html
    assert Comment.objects.count() == 0


def test_it_strips_bidi_controls_from_the_website(post, article):
    assert post(article, url="https://reader.example/\u202egnp.exe").status_code == 303
    assert Comment.objects.get().url == "https://reader.example/gnp.exe"
