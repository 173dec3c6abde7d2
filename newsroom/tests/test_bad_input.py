"""Whatever a reader or a bot puts in the address, a list answers with a sensible page or a
404 in the site's style — never a 500."""

import re

import pytest

pytestmark = pytest.mark.django_db

PAGE_VALUES = ["abc", "-1", "0", "1.5", "99999", "9" * 40, "1e3", "", "%00", "2%20", "%E2%80%AE"]
LISTS = ["/", "/news/", "/topics/russia-ukraine-war/", "/authors/kyiv-desk/", "/search/?q=kyiv"]


@pytest.fixture
def many_articles(make_article):
    from newsroom.models import ArticleAuthor, Author

    desk = Author.objects.create(name="Kyiv desk", slug="kyiv-desk")
    for n in range(25):
        article = make_article(f"Kyiv story {n}", topic="Russia-Ukraine War")
        ArticleAuthor.objects.create(article=article, author=desk)


@pytest.mark.parametrize("value", PAGE_VALUES)
@pytest.mark.parametrize("path", LISTS)
def test_any_page_number_gives_a_page_not_an_error(client, many_articles, path, value):
    response = client.get(f"{path}{'&' if '?' in path else '?'}page={value}")
    assert response.status_code in (200, 404), response.status_code
    if response.status_code == 200:
        assert "Kyiv story" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "%00",
        "a%00b",
        "x" * 5000,
        "%FF%FE",
        "<script>",
        "'; DROP TABLE x; --",
        "*",
        '"',
        "AND OR NOT",
    ],
)
def test_any_search_query_gives_a_page(client, many_articles, query):
    response = client.get(f"/search/?q={query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.parametrize(
    "path",
    [
        "/news/no-such-story/",
        "/topics/no-such-topic/",
        "/authors/no-such-person/",
        "/no-such-page/",
        "/news/a/b/c/",
    ],
)
def test_unknown_addresses_answer_404_in_the_sites_style(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert re.search(
        r'<a class="site-name" href="/"><svg [^>]*role="img" aria-label="Global WindowNews"', html
    )
    assert "<h1>Page not found</h1>" in html
    assert '<meta name="robots" content="noindex">' in html


# Control characters, a lone surrogate as raw bytes and as a JSON escape, non-characters.
HOSTILE_VALUES = ["%00", "a%00b%1B", "%0B", "%ED%A0%80", "%5Cud800", "%EF%BF%BF", "%C0%80", "%7F"]
HOSTILE_QUERIES = [
    "/?page=",
    "/news/?page=",
    "/topics/russia-ukraine-war/?page=",
    "/search/?q=",
    "/search/?q=kyiv&topic=",
    "/corrections/?page=",
    "/feeds/rss/?page=",
    "/api/v1/articles?q=",
    "/api/v1/articles?topic=",
]
HOSTILE_PATHS = ["/news/{}/", "/tags/{}/", "/authors/{}/", "/topics/{}/", "/feeds/tags/{}/rss/"]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_characters_anywhere_in_the_address_get_no_server_error(
    client, many_articles, value
):
    """The hostile-input run (issue #20) on this database: every answer is a page or a 4xx."""
    addresses = [query + value for query in HOSTILE_QUERIES]
    addresses += [path.format(f"kyiv{value}") for path in HOSTILE_PATHS]
    statuses = {address: client.get(address).status_code for address in addresses}
    assert not {a: s for a, s in statuses.items() if s >= 500}, statuses
