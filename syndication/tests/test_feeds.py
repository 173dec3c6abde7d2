"""Every feed parses strictly, carries what readers need, and survives hostile text."""

from datetime import UTC, datetime

import feedparser
import pytest
from lxml import etree

pytestmark = pytest.mark.django_db

FEEDS = [
    "/feeds/{kind}/",
    "/feeds/topics/politics-and-elections/{kind}/",
    "/feeds/tags/budget/{kind}/",
    "/feeds/authors/ada-reporter/{kind}/",
]


def fetch(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


def parse(response):
    etree.fromstring(response.content)  # strict XML: raises on any invalid character or entity
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("url", FEEDS)
def test_it_serves_strictly_valid_feeds_with_credit_authors_and_image(
    client, licensed_article, url, kind
):
    response = fetch(client, url.format(kind=kind))
    assert response["Content-Type"].startswith(f"application/{kind}+xml")
    parsed = parse(response)
    entry = parsed.entries[0]
    assert entry.title == "Mayor & council <agree> budget"
    assert entry.link == "http://127.0.0.1:8000" + licensed_article.url
    assert entry.id.startswith("urn:uuid:")
    assert entry.author == "Ada Reporter"
    assert (
        "Wikinews (https://en.wikinews.org/wiki/Budget)" not in entry.summary
    )  # the HTML credit, not the text one
    assert 'href="https://en.wikinews.org/wiki/Budget"' in entry.summary
    assert "licensed CC BY 2.5" in entry.content[0].value
    assert entry.enclosures[0].href.endswith(".png")
    assert int(entry.enclosures[0].length) > 0
    assert entry.media_content[0]["width"] == "1200"
    assert {"Politics and Elections", "Budget"} <= {tag.term for tag in entry.tags}


def test_it_keeps_guids_stable_when_the_slug_changes(client, licensed_article):
    before = parse(fetch(client, "/feeds/rss/")).entries[0].id
    licensed_article.slug = "renamed"
    licensed_article.save()
    assert parse(fetch(client, "/feeds/rss/")).entries[0].id == before


def test_it_answers_304_to_a_reader_that_is_up_to_date(client, licensed_article):
    first = fetch(client, "/feeds/atom/")
    assert first["ETag"] and first["Last-Modified"]
    assert client.get("/feeds/atom/", headers={"If-None-Match": first["ETag"]}).status_code == 304
    assert (
        client.get(
            "/feeds/atom/", headers={"If-Modified-Since": first["Last-Modified"]}
        ).status_code
        == 304
    )


def test_it_gives_the_summary_only_when_the_site_says_so(client, licensed_article):
    from wagtail.models import Site

    from syndication.models import SyndicationSettings

    site_settings = SyndicationSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.feed_full_text = False
    site_settings.save()
    entry = parse(fetch(client, "/feeds/rss/")).entries[0]
    assert "content" not in entry
    assert "The vote was 7 &amp; 2." in entry.summary
    assert "licensed CC BY 2.5" in entry.summary


def test_it_strips_characters_xml_cannot_carry(client, make_article):
    make_article("Bad\x0b title\ufffe & <b>", standfirst="Nul\x01 and \x1f gone")
    for kind in ("rss", "atom"):
        entry = parse(fetch(client, f"/feeds/{kind}/")).entries[0]
        assert entry.title == "Bad title & <b>"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_links_and_images_in_full_text_point_at_the_site(client, make_article, settings, kind):
    settings.SITE_URL = "https://news.example.org"
    body = '<p>See <a href="/news/earlier/">earlier</a>, <a href="https://other.example/x">elsewhere</a></p>'
    body += (
        '<p><img src="/media/a.webp" srcset="/media/a.webp 320w, /media/b.webp 640w" alt=""></p>'
    )
    make_article("Links inside", body=[("paragraph", body)])
    response = fetch(client, f"/feeds/{kind}/")
    content = parse(response).entries[0].content[0].value
    assert 'href="https://news.example.org/news/earlier/"' in content
    assert 'href="https://other.example/x"' in content
    assert 'src="https://news.example.org/media/a.webp"' in content
    assert '="/' not in content
    raw = response.content.decode()  # feedparser drops srcset; the feed itself carries it
    assert "https://news.example.org/media/b.webp 640w" in raw and " /media/" not in raw


def test_it_strips_lone_surrogates_the_database_would_refuse(rf):
    from syndication.feedgen import AtomFeed, RssFeed

    for generator in (RssFeed, AtomFeed):
        feed = generator(title="Site \ud800", link="http://x.test/", description="d\x0b")
        feed.add_item(
            title="T\udfff\x0b",
            link="http://x.test/a",
            description="<p>x\ufffe</p>",
            pubdate=datetime(2022, 1, 1, tzinfo=UTC),
        )
        xml = feed.writeString("utf-8")
        etree.fromstring(xml.encode())
        assert "T</title>" in xml


@pytest.mark.parametrize(
    "url", ["/feeds/topics/nope/rss/", "/feeds/tags/nope/atom/", "/feeds/authors/nope/rss/"]
)
def test_it_answers_404_for_unknown_feeds(client, site_tree, url):
    assert client.get(url).status_code == 404
