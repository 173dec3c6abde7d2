"""Publishing makes every size of the article's picture that reader pages ask for, so the first
reader of the home page, the topic page or the article never waits for images to be encoded."""

from pathlib import Path

import pytest
from wagtail.images import get_image_model

from pictures import drawing
from pictures.articles import store

pytestmark = pytest.mark.django_db
READER_PAGES = ("/", "/feeds/rss/")


def renditions():
    return get_image_model().get_rendition_model().objects.count()


def shown_in(image, pages):
    name = Path(image.file.name).stem  # photo_x1Yz when an earlier run left a photo.jpg
    return [f"/{name}." in page.content.decode() for page in pages]


def publish_and_read(client, article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()
    made = renditions()
    pages = [client.get(url) for url in (*READER_PAGES, article.topic.url, article.url)]
    assert all(page.status_code == 200 for page in pages)
    return made, pages


def test_a_drawn_picture_is_ready_in_every_size_before_a_page_shows_it(
    client, make_article, django_capture_on_commit_callbacks
):
    article = make_article("Parliament sits through the night", live=False)
    made, pages = publish_and_read(client, article, django_capture_on_commit_callbacks)
    assert article.generated_image_id is not None
    assert renditions() == made  # no page made a size of its own
    shown = shown_in(article.generated_image, pages)
    assert shown == [True, True, True, True]  # the feed carries the drawn picture too


def test_a_photo_is_ready_in_every_size_after_the_publish(
    client, make_article, django_capture_on_commit_callbacks
):
    photo = store("Photo", "photo.jpg", drawing.title_card("Sport", "Photo"))
    article = make_article("Cup final in the rain", topic="Sport", live=False, lead_image=photo)
    made, pages = publish_and_read(client, article, django_capture_on_commit_callbacks)
    assert renditions() == made
    assert shown_in(photo, pages) == [True, True, True, True]
