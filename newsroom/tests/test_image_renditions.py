"""Lead images reach readers as AVIF/WebP renditions with srcset and their size set."""

import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

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
