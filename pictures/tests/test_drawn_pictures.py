"""An article without a photo gets a picture: a locator map of its country (shared by every
article about it) or a title card of its topic and headline, redrawn when the headline changes."""

import pytest
from PIL import Image

from pictures import atlas
from pictures.articles import draw_missing, ensure_picture

pytestmark = pytest.mark.django_db


def size_of(image):
    with image.file.open("rb") as handle, Image.open(handle) as picture:
        return picture.size


def test_it_finds_the_place_from_a_tag_first_then_from_the_headline():
    assert atlas.place_of(["NATO", "Ukraine"], "Talks in Paris") == "Ukraine"
    assert atlas.place_of([], "Ukrainian grain reaches Turkey") == "Ukraine"
    assert atlas.place_of(["United States"], "") == "United States of America"
    assert atlas.place_of(["Elections"], "A quiet day in parliament") is None


def test_articles_about_a_country_share_one_locator_map(make_article):
    first = make_article("Grain deal signed", tags=["Ukraine"])
    second = make_article("Kyiv metro reopens", tags=["Ukraine"])
    assert draw_missing() == 2
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.generated_image_id == second.generated_image_id
    assert first.picture_alt == "Map showing where Ukraine is"
    assert size_of(first.picture) == (1200, 900)  # crops to 16:9, 1.91:1, 4:3 and 1:1 unscaled


def test_an_article_without_a_place_gets_its_own_title_card_redrawn_on_a_new_headline(
    make_article,
):
    article = make_article("A quiet day in parliament", topic="Politics and Elections")
    assert ensure_picture(article) and article.picture_alt == "Title card: Politics and Elections"
    first, first_file = article.generated_image_id, article.generated_image.file.name
    assert not ensure_picture(article)  # drawn once: nothing changed
    article.title = "A stormy night in parliament"
    assert ensure_picture(article)
    # Redrawn in place: a revision or a page row still naming the card stays valid.
    assert article.generated_image_id == first and article.generated_image.file.name != first_file


def test_publishing_draws_the_picture_and_a_photo_wins(
    make_article, django_capture_on_commit_callbacks
):
    article = make_article("Cup final in Paris", topic="Sport")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()
    assert article.generated_image is not None and article.picture == article.generated_image
    article.lead_image = article.generated_image  # any uploaded photo
    assert not ensure_picture(article) and article.picture_alt == article.lead_image_alt


def test_the_social_card_and_json_ld_use_the_drawn_picture_not_the_logo(client, make_article):
    article = make_article("Flood in Kenya")
    ensure_picture(article)
    html = client.get(article.url).content.decode()
    assert 'property="og:image" content="http://127.0.0.1:8000/media/images/map-v1-kenya' in html
    assert ".fill-1200x630." in html and "syndication/logo" not in html.split("og:image")[1][:200]


def test_feeds_and_the_api_carry_the_drawn_picture_of_an_article_without_a_photo(
    client, make_article
):
    import feedparser

    article = make_article("Flood in Kenya")
    ensure_picture(article)
    map_url = "http://127.0.0.1:8000/media/images/map-v1-kenya"
    for kind in ("rss", "atom"):
        entry = feedparser.parse(client.get(f"/feeds/{kind}/").content).entries[0]
        assert entry.enclosures[0].href.startswith(map_url), kind
        assert entry.enclosures[0].type == "image/jpeg" and int(entry.enclosures[0].length) > 0
        assert entry.media_content[0]["width"] == "1200"
    for url in ("/api/v1/articles", f"/api/v1/articles/{article.pk}"):
        body = client.get(url).json()
        image = body["items"][0]["image"] if "items" in body else body["image"]
        assert image.startswith(map_url) and ".fill-1200x675." in image, url
