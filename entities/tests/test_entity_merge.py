"""Editors merge entities that are one (quotes and mentions move, names become aliases) and
review suggested mentions; other roles cannot."""

import pytest

from entities.models import Entity, Mention, Quote


@pytest.fixture
def two_spellings(make_article):
    article = make_article("Talks")
    first = Entity.objects.create(name="Sergei Lavrov", slug="sergei-lavrov")
    second = Entity.objects.create(name="S. Lavrov", slug="s-lavrov", aliases=["Lavrow"])
    Quote.objects.create(article=article, text="No comment.", start=0, end=11, speaker=second)
    Mention.objects.create(article=article, entity=first, count=1, salience=0.5)
    Mention.objects.create(
        article=article, entity=second, count=2, salience=0.9, status="confirmed"
    )
    return article, first, second


def merge_url(*entities):
    ids = "&".join(f"id={e.pk}" for e in entities)
    return f"/admin/bulk/entities/entity/merge/?{ids}&next=/admin/"


def test_it_lets_an_editor_merge_two_spellings_of_one_person(client, editor, two_spellings):
    article, first, second = two_spellings
    client.force_login(editor)
    assert "Sergei Lavrov" in client.get(merge_url(first, second)).text

    response = client.post(merge_url(first, second), {"keep": first.pk})

    assert response.status_code == 302
    assert not Entity.objects.filter(pk=second.pk).exists()
    first.refresh_from_db()
    assert first.aliases == ["S. Lavrov", "Lavrow"]
    assert Quote.objects.get(article=article).speaker == first
    mention = Mention.objects.get(article=article)
    assert (mention.entity, mention.count, mention.status) == (first, 3, "confirmed")
    assert list(Entity.objects.matching("Lavrow")) == [first]


def test_it_refuses_the_merge_to_a_reporter(client, reporter, two_spellings):
    _, first, second = two_spellings
    client.force_login(reporter)
    client.post(merge_url(first, second), {"keep": first.pk})
    assert Entity.objects.filter(pk=second.pk).exists()


def test_it_lets_an_editor_reject_a_suggested_mention(client, editor, reporter, two_spellings):
    article, first, _ = two_spellings
    mention = Mention.objects.get(article=article, entity=first)
    url = f"/admin/snippets/entities/mention/edit/{mention.pk}/"
    client.force_login(reporter)
    client.post(url, {"status": "rejected", "entity": first.pk})
    mention.refresh_from_db()
    assert mention.status == "suggested"

    client.force_login(editor)
    assert client.post(url, {"status": "rejected", "entity": first.pk}).status_code == 302
    mention.refresh_from_db()
    assert mention.status == "rejected"
    assert not Mention.objects.public().filter(pk=mention.pk).exists()
