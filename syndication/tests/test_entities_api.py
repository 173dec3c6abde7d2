"""Open data: an article's quotes and entities with offsets into its plain text, and the
people, organisations and places endpoints; never what editors rejected."""

import pytest

from entities.models import Entity, Quote
from entities.tasks import extract

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article):
    page = make_article(
        "Bridge opens",
        body=[
            (
                "paragraph",
                '<p>Mayor Ana Silva opened the bridge in Lisbon. "It will carry ten thousand '
                'cars a day," Silva said. "Nobody pays a toll," she added.</p>',
            )
        ],
    )
    extract(page)
    Quote.objects.filter(text__startswith="Nobody").update(status=Quote.Status.REJECTED)
    return page


def test_it_serves_an_articles_quotes_with_offsets_and_its_entities(client, article):
    data = client.get(f"/api/v1/articles/{article.pk}/entities").json()

    (quote,) = data["quotes"]  # the rejected one is left out
    assert data["plain_text"][quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"]["name"] == "Ana Silva" and quote["status"] == "suggested"
    assert 0 < quote["confidence"] <= 1
    named = {m["entity"]["name"]: m for m in data["mentions"]}
    assert named["Lisbon"]["entity"]["kind"] == "place"
    assert named["Ana Silva"]["salience"] == 1.0


def test_it_serves_people_and_places(client, article):
    person = Entity.objects.get(name="Ana Silva")
    (listed,) = client.get("/api/v1/people").json()["items"]
    assert listed["slug"] == person.slug and listed["url"].endswith(person.get_absolute_url())
    lisbon = client.get("/api/v1/places/lisbon").json()
    assert (lisbon["iso_code"], lisbon["geonames_id"]) == ("PT", 2267057)
    quotes = client.get(f"/api/v1/people/{person.slug}/quotes").json()["items"]
    assert [q["text"] for q in quotes] == ["It will carry ten thousand cars a day,"]
    assert quotes[0]["article_id"] == article.pk
    assert client.get("/api/v1/people/lisbon").status_code == 404  # a place, not a person


def test_it_describes_the_new_endpoints_in_the_openapi_schema(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/articles/{article_id}/entities", "/api/v1/places/{slug}/quotes"):
        assert path in schema["paths"]
    quote = schema["components"]["schemas"]["QuoteOut"]["properties"]
    assert {"text", "start", "end", "speaker", "confidence", "status"} <= quote.keys()
