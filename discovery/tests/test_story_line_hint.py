"""The edit screen suggests the story-line of the article's nearest published articles."""

import pytest

from discovery.storyline import suggest_topic

pytestmark = pytest.mark.django_db


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def draft(make_article):
    for n in range(3):
        make_article(
            f"Kyiv shelling update {n}",
            topic="Russia-Ukraine War",
            body=body("Shelling hit Kyiv overnight; Ukraine's army said Russian drones were shot."),
        )
    make_article(
        "Cricket final", topic="Sport", body=body("Batting collapsed; wickets fell in Lahore.")
    )
    return make_article(
        "Drones over Kyiv again",
        topic="Sport",  # filed under the wrong story-line
        live=False,
        body=body("Russian drones were shot down over Kyiv, Ukraine's army said."),
    )


def test_it_suggests_the_story_line_of_the_nearest_articles(draft):
    found = suggest_topic(draft)
    assert found.topic.title == "Russia-Ukraine War"
    assert found.votes == found.neighbours == 3


def test_the_edit_screen_shows_the_hint(client, editor, draft):
    client.force_login(editor)
    html = client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "Suggested story-line: <strong>Russia-Ukraine War</strong>" in html
