"""Entity quality (issue #19): nationality words name their country, a product named like a
person is no public person, places count for their regions in Related, and an article's
paragraphs link the first mention of each person it names to their page."""

import pytest

from discovery.documents import REGION_SHARE, entity_weights
from entities.demonyms import demonyms
from entities.links import link_first_mentions
from entities.mentions import find_mentions, regions
from entities.models import Entity, Mention


def named(text, title=""):
    return {found.name: found for found in find_mentions(text, title=title)}


def test_nationality_words_name_their_country():
    found = named(
        "Ukrainian officials said the convoy was hit.\n\nIraqis marched in Basra. French "
        "and Turkish diplomats met later."
    )
    ukraine = found["Ukraine"]
    assert (ukraine.kind, ukraine.place.iso_code) == ("place", "UA")
    assert ukraine.demonyms == {"Ukrainian"}
    assert ukraine.spellings == set()  # a nationality is no spelling of the country's name
    assert ukraine.confidence >= 0.8  # public: "Ukrainian officials" are about Ukraine
    assert found["Iraq"].demonyms == {"Iraqis"}  # plurals too
    assert found["France"].place.iso_code == "FR"  # not Réunion, which countryinfo also has
    assert found["Turkey"].place.iso_code == "TR"


def test_a_country_named_only_by_nationality_is_less_sure_than_by_name():
    by_word = named("Ukrainian troops advanced.")["Ukraine"]
    by_name = named("Troops advanced in Ukraine.")["Ukraine"]
    assert by_word.confidence < by_name.confidence


def test_a_nationality_word_shared_by_several_countries_is_the_most_populous_ones():
    words = demonyms()
    assert (words["Chinese"], words["American"], words["Indian"]) == ("CN", "US", "IN")


def test_a_headline_nationality_counts_for_the_country():
    found = named(
        "Ukrainian officials in Kyiv spoke.\n\nKyiv was calm.", title="Ukrainian convoy hit"
    )
    assert found["Ukraine"].count == 2  # the body's and the headline's nationality word
    assert found["Ukraine"].score > found["Kyiv"].score


@pytest.mark.django_db
def test_a_nationality_links_the_article_to_the_country_page_without_becoming_its_alias(
    make_article,
):
    text = "Ukrainian officials said the convoy was hit overnight."
    article = make_article("Convoy hit", body=[("paragraph", f"<p>{text}</p>")])
    Mention.objects.extract(article, text)
    ukraine = Entity.objects.get(kind=Entity.Kind.PLACE, iso_code="UA")
    assert ukraine.name == "Ukraine" and ukraine.aliases == []
    assert list(ukraine.articles()) == [article]


def test_a_product_named_like_a_person_is_no_public_person():
    found = named(
        "Mozilla Firefox 3 was released on Tuesday. Firefox is faster than before, and "
        "Firefox users can upgrade now."
    )
    assert "Mozilla Firefox" not in found or found["Mozilla Firefox"].confidence < 0.8


def test_a_word_before_a_name_attests_a_person_only_if_it_is_a_title():
    found = named(
        "NASA interrupted its coverage of an International Space Station spacewalk. Mayor "
        "Ana Silva watched."
    )
    assert "Space Station" not in found or found["Space Station"].confidence < 0.8
    assert found["Ana Silva"].confidence >= 0.8


def test_a_person_named_again_by_surname_stays_public():
    found = named("Maria Kowalczyk won the race. Kowalczyk had trained for years.")
    assert found["Maria Kowalczyk"].kind == "person"
    assert found["Maria Kowalczyk"].confidence >= 0.8


def test_places_count_for_their_country_and_regions():
    assert set(regions()["IQ"]) == {"AS", "ME"} and regions()["PL"] == ("EU",)
    weights = entity_weights([(1, "UA", 0.8), (2, "PL", 1.0), (3, "", 0.4)])
    assert weights[1] == weights["iso:UA"] == 0.8 and weights[3] == 0.4
    assert weights["region:EU"] == REGION_SHARE * 1.0  # the heavier of its two places
    assert "region:ME" not in weights


PEOPLE = [(7, ["Ana Silva"], "/people/ana-silva/"), (8, ["Tom O'Neil"], "/people/tom/")]


def test_the_first_mention_of_each_person_is_linked_once():
    linked = set()
    first = link_first_mentions("<p>Mayor Ana Silva met Ana Silva's deputy.</p>", PEOPLE, linked)
    second = link_first_mentions("<p>Later, Ana Silva spoke.</p>", PEOPLE, linked)
    assert first.count('<a class="person-link" href="/people/ana-silva/">Ana Silva</a>') == 1
    assert first.startswith("<p>Mayor <a ") and "met Ana Silva's deputy" in first
    assert second == "<p>Later, Ana Silva spoke.</p>" and linked == {7}


def test_names_inside_links_or_tags_are_left_alone():
    html = '<p><a href="/x/">Ana Silva</a> and <b title="Ana Silva">Ana Silva</b></p>'
    out = link_first_mentions(html, PEOPLE, set())
    assert out.startswith('<p><a href="/x/">Ana Silva</a> and <b title="Ana Silva"><a class=')
    assert "<a" not in link_first_mentions("<p>Ana Silvana</p>", PEOPLE, set())  # whole words
    both = link_first_mentions("<p>Tom O'Neil &amp; Ana Silva</p>", PEOPLE, set())
    assert both.count("person-link") == 2 and "</a> &amp; <a" in both


@pytest.mark.django_db
def test_the_article_page_links_its_people_in_the_body(make_article, client):
    body = [
        ("paragraph", '<p>Mayor Ana Silva opened the bridge. "It is ours," Silva said.</p>'),
        ("paragraph", "<p>Ana Silva later left for Lisbon.</p>"),
    ]
    article = make_article("Bridge opens", body=body)
    from entities.tasks import extract

    extract(article)
    silva = Entity.objects.get(name="Ana Silva")
    html = client.get(article.url).content.decode()
    link = f'<a class="person-link" href="{silva.get_absolute_url()}">Ana Silva</a>'
    assert html.count(link) == 1 and "Mayor " + link in html
