"""The Corrections panel on the article's edit screen: editors read the corrections and add one
from there and come back; reporters and moderators do not get it; choosing an article for a
correction lists the newest first."""

from datetime import UTC, datetime

import pytest

from newsroom.models import Correction

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article, reporter):
    published = make_article("Dam holds after storm", owner=reporter)
    Correction.objects.create(article=published, text="The dam is 40 m high, not 400 m.")
    return published


def edit_html(client, user, article):
    client.force_login(user)
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role", ["editor", "administrator"])
def test_editors_read_and_add_corrections_on_the_edit_screen(client, request, role, article):
    html = edit_html(client, request.getfixturevalue(role), article)
    assert "The dam is 40 m high, not 400 m." in html
    assert "Add a correction" in html
    assert f"/admin/snippets/newsroom/correction/add/?article={article.pk}&amp;next=" in html


def test_a_reporter_gets_no_corrections_panel(client, reporter, article):
    html = edit_html(client, reporter, article)
    assert "Add a correction" not in html


def test_saving_a_correction_from_the_panel_comes_back_to_the_article(client, editor, article):
    client.force_login(editor)
    back = f"/admin/pages/{article.pk}/edit/"
    response = client.post(
        f"/admin/snippets/newsroom/correction/add/?article={article.pk}&next={back}",
        {
            "article": article.pk,
            "kind": "clarification",
            "text": "The storm was on Tuesday.",
            "created_at": "2026-07-01 10:00",
            "next": back,
        },
    )
    assert response.status_code == 302 and response["Location"] == back
    assert article.corrections.filter(kind="clarification").exists()


def test_a_moderator_cannot_add_a_correction(client, moderator, article):
    client.force_login(moderator)
    response = client.get(f"/admin/snippets/newsroom/correction/add/?article={article.pk}")
    assert response.status_code in (302, 403)


def test_the_article_chooser_lists_the_news_newest_first(client, editor, make_article, site_tree):
    for day in (1, 3, 2):
        article = make_article(f"Day {day}", published_at=datetime(2024, 1, day, tzinfo=UTC))
        article.save_revision(user=editor)  # its update time
    client.force_login(editor)
    html = client.get(f"/admin/choose-page/{site_tree['news'].pk}/").json()["html"]
    # The order they were last updated in, newest first.
    assert html.index("Day 2") < html.index("Day 3") < html.index("Day 1")
