"""Search knows names: any spelling of a person finds their articles, a near miss gets a
"did you mean", and the search box shows the query as it was typed. SQLite and PostgreSQL."""

import pytest

from discovery import suggest
from discovery.search import expand, find
from entities.models import Entity

pytestmark = pytest.mark.django_db


@pytest.fixture
def zelenskyy_story(make_article):
    Entity.objects.create(
        name="Volodymyr Zelenskyy",
        slug="volodymyr-zelenskyy",
        kind=Entity.Kind.PERSON,
        aliases=["Zelensky", "Zelenskiy", "Volodymyr Zelenskyi", "Володимир Зеленський"],
    )
    story = make_article(
        "Zelenskyy addresses parliament in Kyiv",
        body=[("paragraph", "<p>President Zelenskyy spoke for an hour.</p>")],
    )
    make_article("Cricket final in Lahore", body=[("paragraph", "<p>Wickets fell.</p>")])
    story.save_revision().publish()  # the publish signal fills the "did you mean" vocabulary
    return story


@pytest.mark.parametrize(
    "typed", ["Zelenskyy", "Zelensky", "zelenskiy", "ZELENSKY", "Зеленський", "Zelensky Kyiv"]
)
def test_any_spelling_of_a_name_finds_the_persons_article(zelenskyy_story, typed):
    assert list(find(typed)[0:10]) == [zelenskyy_story.pk]


def test_a_full_name_spelt_otherwise_finds_the_article_too(zelenskyy_story):
    assert list(find("Volodymyr Zelenskyi")[0:10]) == [zelenskyy_story.pk]


def test_a_name_becomes_one_term_of_its_spellings_beside_the_other_words(zelenskyy_story):
    terms = expand("zelensky parliament")
    assert terms[1] == ("parliament",)
    assert {"zelensky", "zelenskyy", "zelenskiy", "зеленський"} <= set(terms[0])


def test_a_word_that_names_nobody_is_searched_as_it_is(zelenskyy_story):
    assert expand("cricket") == [("cricket",)]
    assert list(find("cricket")[0:10]) != []


def test_tags_are_searched(make_article):
    tagged = make_article("Geyser erupts", body=[("paragraph", "<p>Steam rose.</p>")])
    tagged.tags.add("Iceland")
    tagged.save_revision().publish()
    assert list(find("iceland")[0:10]) == [tagged.pk]


def test_a_near_miss_is_offered_the_known_word(zelenskyy_story, client):
    assert suggest.suggestion("zelenksyy parliment") == "zelenskyy parliament"
    html = client.get("/search/", {"q": "Zelenksyy parliment", "topic": ""}).content.decode()
    assert "Did you mean" in html
    assert 'href="?q=zelenskyy+parliament&amp;topic="' in html


def test_no_did_you_mean_when_the_words_found_their_articles(zelenskyy_story, client):
    html = client.get("/search/", {"q": "parliament"}).content.decode()
    assert "Did you mean" not in html


def test_the_search_box_keeps_the_query_as_typed(zelenskyy_story, client):
    html = client.get("/search/", {"q": 'Zelensky "Kyiv"'}).content.decode()
    assert 'value="Zelensky &quot;Kyiv&quot;"' in html
    assert "1 result for “Zelensky &quot;Kyiv&quot;”" in html
    assert "<mark>Zelenskyy</mark>" in html  # the snippet marks the spelling the article uses


def test_the_read_api_offers_the_same_did_you_mean(zelenskyy_story, client):
    data = client.get("/api/v1/articles", {"q": "Zelenksyy parliment"}).json()
    html = client.get("/search/", {"q": "Zelenksyy parliment"}).content.decode()
    assert data["suggestion"] == "zelenskyy parliament"
    assert f"?q={data['suggestion'].replace(' ', '+')}" in html


def test_the_read_api_offers_none_when_the_words_found_their_articles(zelenskyy_story, client):
    data = client.get("/api/v1/articles", {"q": "parliament"}).json()
    assert data["suggestion"] is None
    assert [item["id"] for item in data["items"]] == [zelenskyy_story.pk]
    assert client.get("/api/v1/articles").json()["suggestion"] is None  # no query, no guess
