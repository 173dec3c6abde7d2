"""The read API: filters, pagination, ETag/304, CORS, rate limits and comment privacy."""

import pytest

pytestmark = pytest.mark.django_db


def get(client, url, status=200, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == status, (url, response.content[:300])
    return response


def titles(client, url):
    return [item["title"] for item in get(client, url).json()["items"]]


def test_it_lists_and_filters_published_articles(client, licensed_article, make_article):
    make_article("Football final", topic="Sport")
    assert titles(client, "/api/v1/articles") == [
        "Football final",
        "Mayor & council <agree> budget",
    ]
    assert titles(client, "/api/v1/articles?topic=sport") == ["Football final"]
    assert titles(client, "/api/v1/articles?tag=budget") == [licensed_article.title]
    assert titles(client, "/api/v1/articles?author=ada-reporter") == [licensed_article.title]
    assert titles(client, "/api/v1/articles?since=2022-03-02") == []
    assert titles(client, "/api/v1/articles?until=2022-03-01&q=football") == ["Football final"]


def test_it_describes_an_article_with_its_credit(client, licensed_article):
    article = get(client, f"/api/v1/articles/{licensed_article.pk}").json()
    assert article["url"] == "http://127.0.0.1:8000" + licensed_article.url
    assert (
        article["credit"]
        == "From Wikinews (https://en.wikinews.org/wiki/Budget), licensed CC BY 2.5; text cleaned."
    )
    assert article["authors"][0]["slug"] == "ada-reporter"
    assert article["image"].endswith(".fill-1200x675.png")
    assert "The council met &amp; voted." in article["body_html"]


def test_it_pages_and_refuses_bad_input_without_a_500(client, make_article):
    for n in range(3):
        make_article(f"Story {n}")
    body = get(client, "/api/v1/articles?page=2&page_size=2").json()
    assert body["count"] == 3 and len(body["items"]) == 1
    get(client, "/api/v1/articles?page=abc", status=422)
    get(client, "/api/v1/articles?page_size=1000", status=422)
    get(client, "/api/v1/articles?topic=%00", status=422)
    get(client, "/api/v1/articles/99999", status=404)
    get(client, "/api/v1/articles/99999999999999999999", status=422)


def test_it_answers_304_and_opens_cors_for_get(client, licensed_article):
    first = get(client, "/api/v1/topics")
    assert (
        first["Access-Control-Allow-Origin"] == "*"
    )  # even without Origin: a shared cache may replay it to anyone
    assert "public" in first["Cache-Control"]
    assert client.get("/api/v1/topics", headers={"If-None-Match": first["ETag"]}).status_code == 304
    preflight = client.options(
        "/api/v1/topics",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
    )
    assert (
        "GET" in preflight["Access-Control-Allow-Methods"]
        and "POST" not in preflight["Access-Control-Allow-Methods"]
    )


def test_it_limits_the_rate_per_client(client, settings, site_tree):
    settings.API_REQUESTS_PER_MINUTE = 3
    # Filtered queries go past the page cache to Django;
    # cached hits cost nothing and are not counted.
    statuses = [client.get(f"/api/v1/articles?q=word{n}").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_behind_a_proxy_it_limits_each_reader_not_the_proxy(client, settings, site_tree):
    settings.API_REQUESTS_PER_MINUTE = 2
    settings.NUM_PROXIES = 1  # every request comes from nginx's address
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    def status(n, forwarded):
        url = f"/api/v1/articles?q=word{n}"
        return client.get(url, headers={"X-Forwarded-For": forwarded}, **proxy).status_code

    assert [status(n, "203.0.113.7") for n in range(3)] == [200, 200, 429]
    # A forged entry on the left changes nothing: nginx appended the real address last.
    assert status(3, "198.51.100.1, 203.0.113.7") == 429
    assert status(4, "203.0.113.8") == 200  # another reader behind the same proxy


def test_it_shows_approved_comments_and_never_an_email(client, licensed_article):
    from comments.models import Comment

    fields = {"article": licensed_article, "email": "secret@example.com", "ip": "10.0.0.1"}
    Comment.objects.create(
        name="Reader", body="Approved words", state=Comment.State.APPROVED, **fields
    )
    Comment.objects.create(name="Spammer", body="Held words", state=Comment.State.PENDING, **fields)
    response = get(client, f"/api/v1/articles/{licensed_article.pk}/comments")
    assert [c["body"] for c in response.json()["items"]] == ["Approved words"]
    assert b"secret@example.com" not in response.content and b"10.0.0.1" not in response.content


def test_it_serves_its_openapi_schema(client, site_tree):
    import json

    from syndication.api import api

    schema = get(client, "/api/v1/openapi.json").json()
    assert schema == json.loads(
        json.dumps(api.get_openapi_schema(), default=str)
    )  # what schemathesis is fed
    assert {
        "/api/v1/articles",
        "/api/v1/articles/{article_id}/comments",
        "/api/v1/topics",
        "/api/v1/authors",
    } <= schema["paths"].keys()


@pytest.mark.parametrize("words", ['"', "'\":*", "NEAR(ukraine", "title:war", "ukraine AND"])
def test_it_answers_search_syntax_as_plain_words(client, make_article, words):
    make_article("Ukraine war update")
    response = client.get("/api/v1/articles", {"q": words})
    assert response.status_code == 200, response.content[:300]
    assert "Ukraine war update" in [item["title"] for item in response.json()["items"]]
