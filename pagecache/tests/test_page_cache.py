"""Anonymous readers share one cached page; everyone and everything else bypasses it."""

import gzip

import brotli
import pytest

pytestmark = pytest.mark.django_db


def test_it_serves_the_second_anonymous_read_from_the_cache(client, seed_article):
    first = client.get(seed_article.url)
    second = client.get(seed_article.url)
    assert (first.status_code, first["X-Cache"]) == (200, "MISS")
    assert (second.status_code, second["X-Cache"]) == (200, "HIT")
    assert first.content == second.content
    assert "Cookie" not in second.get("Vary", "")
    assert second["Vary"] == "Accept-Encoding"
    assert (
        "s-maxage=" in second["Cache-Control"]
        and "stale-while-revalidate=" in second["Cache-Control"]
    )
    assert not second.cookies


def test_it_answers_a_matching_etag_with_304(client, seed_article):
    etag = client.get(seed_article.url)["ETag"]
    again = client.get(seed_article.url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(seed_article.url, HTTP_IF_NONE_MATCH='W/"other"').status_code == 200


def test_it_compresses_with_brotli_or_gzip_as_asked(client, seed_article):
    plain = client.get(seed_article.url).content
    br = client.get(seed_article.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    gz = client.get(seed_article.url, HTTP_ACCEPT_ENCODING="gzip")
    assert br["Content-Encoding"] == "br" and brotli.decompress(br.content) == plain
    assert gz["Content-Encoding"] == "gzip" and gzip.decompress(gz.content) == plain
    assert len(br.content) < 50_000


def test_it_never_caches_for_a_logged_in_user(client, seed_article, django_user_model):
    client.get(seed_article.url)  # warm the anonymous copy
    user = django_user_model.objects.create_user("editor", password="x" * 12)
    client.force_login(user)
    response = client.get(seed_article.url)
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_it_caches_page_variants_but_bypasses_unknown_parameters(client, site_tree, make_article):
    for number in range(25):
        make_article(f"Listed {number}")
    news = site_tree["news"].url
    assert client.get(news + "?page=2")["X-Cache"] == "MISS"
    assert client.get(news + "?page=2")["X-Cache"] == "HIT"
    assert client.get(news + "?page=1&utm_source=x")["X-Cache"] == "MISS"  # same as the bare page
    assert client.get(news)["X-Cache"] == "HIT"
    for junk in ("?replyto=5", "?page=abc", "?page=2&page=3", "?x=1"):
        response = client.get(news + junk)
        assert response.status_code == 200 and "X-Cache" not in response, junk


def test_it_does_not_cache_posts_or_errors(client, site_tree):
    assert "X-Cache" not in client.post(site_tree["home"].url)
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404 and "X-Cache" not in missing
    assert client.get("/no-such-page/").status_code == 404
