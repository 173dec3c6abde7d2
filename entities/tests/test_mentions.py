"""What an article is about: people, organisations and places with counts, salience and ISO
codes, and one entity however its name is spelt."""

import pytest

from entities.mentions import find_mentions
from entities.models import Entity, Mention

TEXT = (
    "Ukrainian President Volodymyr Zelenskyy met Mayor Vitali Klitschko in Kyiv on Monday.\n\n"
    "Zelenskyy later flew to London, where the Foreign Office hosted talks. The Foreign Office "
    "said the talks were useful.\n\n"
    "Reading the statement, officials in Paris were cautious. Michael Jackson fans gathered."
)


@pytest.fixture(scope="module")
def found():
    return {e.name: e for e in find_mentions(TEXT, title="Zelenskyy in Kyiv")}


def test_it_resolves_places_to_countries_and_cities_with_iso_codes(found):
    kyiv, london = found["Kyiv"], found["London"]
    assert (kyiv.kind, kyiv.place.iso_code, kyiv.place.country) == ("place", "UA", False)
    assert london.place.iso_code == "GB"  # the most populous London
    assert found["Paris"].place.geonames_id == 2988507
    assert "Reading" not in found and "Jackson" not in found  # a word, a surname


def test_it_counts_people_by_full_name_and_surname(found):
    zelenskyy = found["Volodymyr Zelenskyy"]
    assert zelenskyy.kind == "person"
    assert zelenskyy.count == 3  # full name, surname alone, headline
    assert zelenskyy.confidence >= 0.8  # named with a title and by surname: public
    assert found["Foreign Office"].kind == "organisation"
    assert found["Michael Jackson"].confidence < 0.8  # named once: a suggestion only


def test_it_weighs_the_headline_and_first_paragraph(found):
    ranked = list(found.values())
    assert ranked[0].name == "Volodymyr Zelenskyy" and ranked[0].score == 1.0
    assert found["Kyiv"].score > found["London"].score  # headline and first paragraph
    assert found["Vitali Klitschko"].score > found["Michael Jackson"].score


def test_it_finds_old_spellings_of_big_cities():
    (kyiv,) = find_mentions("Protesters gathered in central Kiev overnight.")
    assert (kyiv.name, kyiv.spellings) == ("Kyiv", {"Kiev"})


SPELLINGS = [
    "President Volodymyr Zelenskyy spoke. Zelenskyy said more.",
    "President Volodymyr Zelensky spoke. Zelensky said more.",
    "President Volodymyr Zelenskiy spoke. Zelenskiy said more.",
    "President Володимир Зеленський spoke. Зеленський said more.",
]


def test_it_keeps_one_entity_for_every_spelling(make_article):
    for number, sentence in enumerate(SPELLINGS):
        article = make_article(f"Speech {number}", body=[("paragraph", f"<p>{sentence}</p>")])
        Mention.objects.extract(article, sentence)

    (person,) = Entity.objects.filter(mentions__isnull=False).distinct()
    assert person.name == "Volodymyr Zelenskyy"
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskiy", "Володимир Зеленський"} <= set(
        person.aliases
    )
    assert person.mentions.count() == 4
    assert list(Entity.objects.matching("Зеленський")) == [person]


def test_it_replaces_suggestions_and_keeps_an_editors_decision(make_article):
    text = "Mayor Ana Silva opened the bridge in Lisbon. Silva was pleased."
    article = make_article("Bridge", body=[("paragraph", f"<p>{text}</p>")])
    Mention.objects.extract(article, text)
    lisbon = Mention.objects.get(article=article, entity__name="Lisbon")
    assert lisbon.entity.iso_code == "PT" and lisbon.entity.kind == Entity.Kind.PLACE
    Mention.objects.filter(pk=lisbon.pk).update(status=Mention.Status.REJECTED)

    Mention.objects.extract(article, text)

    assert Mention.objects.filter(article=article).count() == 2
    assert Mention.objects.get(article=article, entity=lisbon.entity).status == "rejected"
    assert [m.entity.name for m in Mention.objects.public()] == ["Ana Silva"]
