"""JSON-LD, OpenGraph and canonical links as extruct (the validators' parser) reads them."""

from datetime import datetime

import extruct
import pytest

pytestmark = pytest.mark.django_db

NEWS_ARTICLE_PROPERTIES = {
    "headline", "image", "datePublished", "dateModified", "author", "publisher",
    "mainEntityOfPage", "isAccessibleForFree", "description", "url",
}  # fmt: skip


def extract(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return extruct.extract(
        response.content.decode(),
        base_url="http://127.0.0.1:8000" + url,
        syntaxes=["json-ld", "opengraph"],
    )


def by_type(data, kind):
    return [item for item in data["json-ld"] if item.get("@type") == kind]


def test_it_describes_the_seed_article_as_a_complete_news_article(client, seed_article):
    data = extract(client, seed_article.url)
    (article,) = by_type(data, "NewsArticle")
    assert article.keys() >= NEWS_ARTICLE_PROPERTIES
    published, modified = (
        datetime.fromisoformat(article["datePublished"]),
        datetime.fromisoformat(article["dateModified"]),
    )
    assert published.tzinfo and modified.tzinfo and modified >= published
    assert article["author"][0]["@type"] == "Person" and article["author"][0]["url"].startswith(
        "http://127.0.0.1:8000/authors/"
    )
    publisher = article["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization" and publisher["logo"]["url"].endswith(
        ".png"
    )
    assert article["mainEntityOfPage"]["@id"] == "http://127.0.0.1:8000" + seed_article.url
    assert all(url.startswith("http") for url in article["image"])
    (crumbs,) = by_type(data, "BreadcrumbList")
    assert [item["name"] for item in crumbs["itemListElement"]] == [
        "Global WindowNews",
        seed_article.topic.title,
        seed_article.title,
    ]


def test_it_gives_three_aspect_ratios_of_the_lead_image(client, licensed_article):
    (article,) = by_type(extract(client, licensed_article.url), "NewsArticle")
    assert [url.split(".")[-2] for url in article["image"]] == [
        "fill-1200x675",
        "fill-1200x900",
        "fill-1200x1200",
    ]
    assert (
        article["creditText"]
        == "From Wikinews (https://en.wikinews.org/wiki/Budget), licensed CC BY 2.5; text cleaned."
    )


def test_it_keeps_modified_after_published_whatever_the_editor_typed(client, seed_article):
    from datetime import timedelta

    seed_article.updated_at = seed_article.published_at - timedelta(days=3)
    seed_article.save()
    (article,) = by_type(extract(client, seed_article.url), "NewsArticle")
    assert article["dateModified"] == article["datePublished"]


def test_it_cannot_be_broken_out_of_by_a_headline(client, make_article):
    article = make_article('</script><script>alert("x")</script> & more')
    head = client.get(article.url).content.decode().split("</head>")[0]
    assert "<script>alert" not in head
    (data,) = by_type(extract(client, article.url), "NewsArticle")
    assert data["headline"] == '</script><script>alert("x")</script> & more'


def test_it_marks_the_home_page_as_a_searchable_website(client, seed_article):
    (site,) = by_type(extract(client, "/"), "WebSite")
    assert (
        site["potentialAction"]["target"]["urlTemplate"]
        == "http://127.0.0.1:8000/search/?q={search_term_string}"
    )


def test_it_marks_topic_pages_as_collections(client, seed_article):
    (page,) = by_type(extract(client, seed_article.topic.url), "CollectionPage")
    assert (
        page["mainEntity"]["itemListElement"][0]["url"]
        == "http://127.0.0.1:8000" + seed_article.url
    )


def test_it_gives_social_cards_canonical_and_feed_links(client, licensed_article):
    response = client.get(licensed_article.url)
    html = response.content.decode()
    og = dict(extruct.extract(html, syntaxes=["opengraph"])["opengraph"][0]["properties"])
    assert (
        og["og:type"] == "article"
        and og["og:url"] == "http://127.0.0.1:8000" + licensed_article.url
    )
    assert og["og:image"].endswith(".fill-1200x630.png") and og["og:image:alt"] == "Kyiv at dusk"
    assert f'<link rel="canonical" href="http://127.0.0.1:8000{licensed_article.url}">' in html
    assert 'hreflang="en"' in html and 'hreflang="x-default"' in html
    assert (
        'type="application/rss+xml" title="Politics and Elections (RSS)" '
        'href="/feeds/topics/politics-and-elections/rss/"' in html
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html


@pytest.mark.parametrize(
    "path", ["/", "/news/", "/topics/", "/authors/ada-reporter/", "/news/?page=2"]
)
def test_it_puts_a_canonical_link_on_every_reader_page(client, licensed_article, path):
    html = client.get(path).content.decode()
    assert html.count('rel="canonical"') == 1


def test_it_keeps_previews_out_of_search_engines(client, seed_article):
    preview = seed_article.make_preview_request(preview_mode="").content.decode()
    assert '<meta name="robots" content="noindex">' in preview
    assert 'name="robots"' not in client.get(seed_article.url).content.decode()
