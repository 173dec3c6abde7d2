"""Corrections: on the article newest first, on /corrections/, bump the update time, and cannot
be removed silently."""

from datetime import UTC, datetime

import pytest
from wagtail.models import ModelLogEntry

from newsroom.models import ArticlePage, Correction

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article):
    return make_article("Minister resigns", published_at=datetime(2026, 1, 10, 9, 0, tzinfo=UTC))


def add(article, text, when, kind="correction"):
    return Correction.objects.create(article=article, kind=kind, text=text, created_at=when)


def test_it_shows_corrections_on_the_article_newest_first(client, article):
    add(
        article,
        "An earlier version misspelt the minister's name.",
        datetime(2026, 1, 11, tzinfo=UTC),
    )
    add(
        article,
        "The vote was on Tuesday, not Monday.",
        datetime(2026, 1, 12, tzinfo=UTC),
        kind="clarification",
    )
    html = client.get(article.url).content.decode()
    section = html[html.find('class="corrections"') :]
    assert section.find("Tuesday, not Monday") < section.find("misspelt")
    assert "<strong>Clarification</strong>" in section and "<strong>Correction</strong>" in section
    assert '<time datetime="2026-01-12T00:00:00+00:00">' in section


def test_a_correction_bumps_the_updated_time_and_survives_a_republish(client, article, editor):
    add(article, "Fixed the date.", datetime(2026, 1, 11, 8, 0, tzinfo=UTC))
    article.refresh_from_db()
    assert article.updated_at == datetime(2026, 1, 11, 8, 0, tzinfo=UTC)
    # Publishing an older revision must not roll the update time back.
    revision = article.save_revision(user=editor)
    ArticlePage.objects.filter(pk=article.pk).update(
        updated_at=datetime(2026, 1, 11, 8, 0, tzinfo=UTC)
    )
    revision.publish(user=editor)
    article.refresh_from_db()
    assert article.updated_at >= datetime(2026, 1, 11, 8, 0, tzinfo=UTC)
    assert "Updated <time" in client.get(article.url).content.decode()


def test_corrections_page_lists_only_corrections_of_public_articles(client, article, make_article):
    draft = make_article("Hidden draft", live=False)
    add(article, "Public correction text.", datetime(2026, 1, 11, tzinfo=UTC))
    add(draft, "Correction on a draft.", datetime(2026, 1, 12, tzinfo=UTC))
    response = client.get("/corrections/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Public correction text." in html and article.url in html
    assert "Correction on a draft." not in html
    assert client.get("/corrections/?page=abc").status_code == 200


def test_an_editor_adds_a_correction_through_the_admin(client, editor, article):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/newsroom/correction/add/",
        {
            "article": article.pk,
            "kind": "correction",
            "text": "The figure was 40, not 14.",
            "created_at": "2026-01-13 10:00:00",
        },
    )
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    correction = Correction.objects.get(article=article)
    entry = ModelLogEntry.objects.get(object_id=str(correction.pk), action="wagtail.create")
    assert entry.user == editor
    assert "The figure was 40, not 14." in client.get(article.url).content.decode()


def test_a_correction_needs_a_published_article(client, editor, make_article):
    draft = make_article("Draft", live=False)
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/newsroom/correction/add/",
        {"article": draft.pk, "kind": "correction", "text": "x", "created_at": "2026-01-13 10:00"},
    )
    assert response.status_code == 200
    assert "published articles" in str(response.context["form"].errors)
    assert not Correction.objects.exists()


def test_an_editor_cannot_delete_or_rewrite_a_correction(client, editor, article):
    correction = add(article, "Original wording.", datetime(2026, 1, 11, tzinfo=UTC))
    client.force_login(editor)
    delete_url = f"/admin/snippets/newsroom/correction/delete/{correction.pk}/"
    edit_url = f"/admin/snippets/newsroom/correction/edit/{correction.pk}/"
    assert client.post(delete_url).status_code in (302, 403)
    assert client.post(
        edit_url,
        {"article": article.pk, "kind": "correction", "text": "", "created_at": "2026-01-11"},
    ).status_code in (
        302,
        403,
    )
    correction.refresh_from_db()
    assert correction.text == "Original wording."


def test_an_administrator_deletes_a_correction_and_it_is_logged(client, administrator, article):
    correction = add(article, "Wrong correction.", datetime(2026, 1, 11, tzinfo=UTC))
    client.force_login(administrator)
    response = client.post(f"/admin/snippets/newsroom/correction/delete/{correction.pk}/")
    assert response.status_code == 302
    assert not Correction.objects.exists()
    entry = ModelLogEntry.objects.get(object_id=str(correction.pk), action="wagtail.delete")
    assert entry.user == administrator and entry.timestamp


def test_an_editor_cannot_delete_a_corrected_article_and_its_corrections_with_it(
    client, editor, administrator, article
):
    add(article, "Keep me.", datetime(2026, 1, 11, tzinfo=UTC))
    client.force_login(editor)
    client.post(f"/admin/pages/{article.pk}/delete/")
    assert ArticlePage.objects.filter(pk=article.pk).exists() and Correction.objects.exists()
    client.force_login(administrator)
    client.post(f"/admin/pages/{article.pk}/delete/")
    assert not ArticlePage.objects.filter(pk=article.pk).exists()


def test_public_corrections_is_newest_first(article):
    older = add(article, "a", datetime(2026, 1, 11, tzinfo=UTC))
    newer = add(article, "b", datetime(2026, 1, 12, tzinfo=UTC))
    assert list(article.public_corrections()) == [newer, older]


def test_structured_data_carries_the_corrections(client, article):
    import json
    import re

    add(article, "The dam is 40 m high, not 14 m.", datetime(2026, 1, 11, tzinfo=UTC))
    html = client.get(article.url).content.decode()
    blocks = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    assert "The dam is 40 m high, not 14 m." in json.dumps(blocks)
