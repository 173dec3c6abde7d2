"""`Entity.objects.matching`: any spelling of a name or alias finds the entity (search uses it)."""

import pytest

from entities.models import Entity


@pytest.fixture
def zelenskyy(db):
    return Entity.objects.create(
        name="Volodymyr Zelenskyy",
        slug="volodymyr-zelenskyy",
        aliases=["Zelensky", "Зеленський"],
    )


@pytest.mark.parametrize(
    "query",
    [
        "Volodymyr Zelenskyy",
        "volodymyr  ZELENSKYY",
        "Zelensky",
        "Zelenskyy",
        "Зеленський",
        "Zelenskiy",
    ],
)
def test_it_finds_a_person_by_any_spelling_of_name_alias_or_surname(zelenskyy, query):
    assert list(Entity.objects.matching(query)) == [zelenskyy]


def test_it_folds_accents_and_finds_nothing_for_a_partial_or_empty_name(db):
    erdogan = Entity.objects.create(name="Recep Tayyip Erdoğan", slug="erdogan")
    assert list(Entity.objects.matching("ERDOGAN")) == [erdogan]
    assert not Entity.objects.matching("Erdo").exists()
    assert not Entity.objects.matching("Recep").exists()
    assert not Entity.objects.matching(" ?! ").exists()


def test_it_follows_aliases_added_later(zelenskyy):
    zelenskyy.aliases.append("Zelenskyi")
    zelenskyy.save(update_fields=["aliases"])
    assert list(Entity.objects.matching("zelenskyi")) == [zelenskyy]


def test_it_keys_places_by_whole_name_only(db):
    city = Entity.objects.create(name="New York City", slug="nyc", kind=Entity.Kind.PLACE)
    assert list(Entity.objects.matching("new york city")) == [city]
    assert not Entity.objects.matching("City").exists()


def test_it_forgets_a_spelling_taken_off(db):
    lavrov = Entity.objects.create(name="Sergei Lavrov", slug="lavrov", aliases=["Lavrow"])
    assert list(Entity.objects.matching("lavrow")) == [lavrov]
    lavrov.aliases = []
    lavrov.save()
    assert not Entity.objects.matching("lavrow").exists()
    assert list(Entity.objects.matching("Lavrov")) == [lavrov]
