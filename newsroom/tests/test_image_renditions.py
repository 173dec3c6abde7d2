"""Lead images reach readers as AVIF/WebP renditions with srcset and their size set; drawn
pictures as WebP (decoded in time for the first paint); the picture that opens the first screen
is fetched first and never lazily."""

import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from pictures.articles import ensure_picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def pictured(make_article):
    image = get_image_model().objects.create(
        title="Kyiv", file=get_test_image_file(size=(1600, 900))
    )
    return make_article(
        "With a picture",
        lead_image=image,
        lead_image_alt="Crowds in Maidan Square",
        lead_image_credit="Photo: Desk",
    )


def test_the_article_serves_avif_and_webp_with_srcset_and_size(client, pictured):
    html = client.get(pictured.url).content.decode()
    picture = re.search(r'<figure class="lead-image">\s*<picture>.*?</picture>', html, re.S)[0]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert re.search(r'srcset="[^"]+\.avif 400w, [^"]+\.avif 800w, [^"]+\.avif 1200w"', picture)
    img = re.search(r"<img [^>]+>", picture)[0]
    assert 'alt="Crowds in Maidan Square"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)


def test_lists_show_the_lead_image_too(client, pictured):
    html = client.get("/").content.decode()
    card = re.search(r'<article class="card[^"]*">.*?With a picture.*?</article>', html, re.S)[0]
    img = re.search(r"<img [^>]+>", card)[0]
    # WebP at three widths; the lead story (first screen) is never lazy, the others are.
    assert re.search(r'srcset="[^"]+\.webp 320w, [^"]+\.webp 640w, [^"]+\.webp 960w"', img) or (
        re.search(r'srcset="[^"]+\.webp 480w, [^"]+\.webp 800w, [^"]+\.webp 1200w"', img)
    )
    assert 'alt="Crowds in Maidan Square"' in img and 'sizes="' in img


def test_a_drawn_lead_picture_is_webp_first_and_fetched_first(client, make_article):
    article = make_article("Flood in Kenya")
    ensure_picture(article)
    html = client.get(article.url).content.decode()
    picture = re.search(r'<figure class="lead-image">\s*<picture>.*?</picture>', html, re.S)[0]
    assert "avif" not in picture  # flat drawings: ~10% smaller as AVIF, but painted a frame late
    assert re.search(r'<source [^>]*type="image/webp"', picture)
    img = re.search(r"<img [^>]+>", picture)[0]
    assert 'fetchpriority="high"' in img and "lazy" not in img


def test_a_list_s_first_card_is_eager_and_the_rest_lazy(client, make_article):
    from newsroom.models import ArticleAuthor, Author

    desk = Author.objects.create(name="Nairobi desk", slug="nairobi-desk")
    for title in ("Flood in Kenya", "Drought in Chad", "Storm in Fiji"):
        article = make_article(title)
        ensure_picture(article)
        ArticleAuthor.objects.create(article=article, author=desk)
    html = client.get(desk.get_absolute_url()).content.decode()
    images = re.findall(r'<img [^>]*class="card-image"[^>]*>', html)
    assert len(images) == 3
    # The first card opens a phone's first screen: its picture is the page's largest paint.
    assert 'fetchpriority="high"' in images[0] and 'loading="eager"' in images[0]
    assert all('loading="lazy"' in img and "high" not in img for img in images[1:])
    assert all("calc(100vw - 2rem)" in img and " 720w" in img for img in images)
