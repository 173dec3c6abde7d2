"""People and place pages: the editor's line, public quotes newest first, the articles about
them, JSON-LD with sameAs, a feed; cached, and purged when an editor decides."""

import json
import re
from datetime import UTC, datetime

import pytest

from entities.models import Entity, Quote
from entities.tasks import extract

BODY = (
    "<p>Mayor Ana Silva opened the bridge in Lisbon on Monday.</p>"
    '<p>"This bridge will carry ten thousand cars a day," Silva said. '
    '"We will toll nobody," she added.</p>'
)


@pytest.fixture
def silva(make_article):
    older = make_article(
        "Bridge plans",
        body=[("paragraph", '<p>"Work starts in May," said Mayor Ana Silva of Lisbon.</p>')],
        published_at=datetime(2022, 1, 5, tzinfo=UTC),
    )
    newer = make_article(
        "Bridge opens",
        body=[
            ("paragraph", BODY),
            (
                "quote",
                {"text": "A great day.", "speaker": "Ana Silva", "source": "", "context": ""},
            ),
        ],
    )
    for article in (older, newer):
        extract(article)
    person = Entity.objects.get(name="Ana Silva")
    person.description = "Mayor of Lisbon since 2021."
    person.same_as = ["https://www.wikidata.org/wiki/Q1"]
    person.save()
    Quote.objects.filter(text__startswith="We will toll").update(status=Quote.Status.REJECTED)
    return person, older, newer


def test_it_shows_a_persons_line_quotes_and_articles(client, silva):
    person, older, newer = silva
    html = client.get(person.get_absolute_url()).text

    assert "Mayor of Lisbon since 2021." in html
    assert "This bridge will carry ten thousand cars a day," in html
    assert "We will toll nobody" not in html  # rejected: never public
    assert html.index("ten thousand cars") < html.index("Work starts in May")  # newest first
    assert f'href="{newer.url}"' in html and f'href="{older.url}"' in html
    (data,) = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
        if '"Person"' in block
    ]
    assert data["sameAs"] == ["https://www.wikidata.org/wiki/Q1"]
    assert data["description"] == "Mayor of Lisbon since 2021."


def test_it_lists_people_and_places_and_links_them_from_the_article(client, silva):
    person, _, newer = silva
    lisbon = Entity.objects.get(kind=Entity.Kind.PLACE, name="Lisbon")
    assert lisbon.iso_code == "PT"
    assert person.get_absolute_url() in client.get("/people/").text
    assert "Bridge opens" in client.get(lisbon.get_absolute_url()).text
    article = client.get(newer.url).text
    assert f'<a href="{person.get_absolute_url()}">Ana Silva</a>' in article  # quote block
    feed = client.get(f"/feeds/entities/{person.slug}/rss/").text
    assert "Bridge opens" in feed and "Bridge plans" in feed


def test_it_purges_the_persons_page_when_an_editor_rejects_a_quote(
    client, editor, silva, django_capture_on_commit_callbacks
):
    person, _, _ = silva
    url = person.get_absolute_url()
    client.get(url)
    assert client.get(url).get("X-Cache") == "HIT"
    quote = Quote.objects.get(text__startswith="Work starts")

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/snippets/entities/quote/edit/{quote.pk}/",
            {"status": "rejected", "speaker": person.pk},
        )
    assert response.status_code == 302
    client.logout()

    response = client.get(url)
    assert response.get("X-Cache") != "HIT"
    assert "Work starts in May" not in response.text


def test_it_answers_404_for_an_unknown_person(client, db):
    assert client.get("/people/nobody-at-all/").status_code == 404
