"""Articles that exercise every corner of the machine-readable outputs."""

import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def lead_image(db):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    return Image.objects.create(
        title="Kyiv skyline", file=get_test_image_file("kyiv.png", size=(1600, 1000))
    )


@pytest.fixture
def licensed_article(make_article, lead_image):
    """A corpus article: a licence that asks for credit, an author, tags and a lead image."""
    from newsroom.models import ArticleAuthor, Author, Licence

    licence = Licence.objects.create(
        name="Wikinews", credit_template="From {link}, licensed CC BY 2.5; text cleaned."
    )
    article = make_article(
        "Mayor & council <agree> budget",
        topic="Politics and Elections",
        standfirst="The vote was 7 & 2.",
        licence=licence,
        source_url="https://en.wikinews.org/wiki/Budget",
        lead_image=lead_image,
        lead_image_alt="Kyiv at dusk",
        body=[("paragraph", "<p>The council met &amp; voted.</p>")],
    )
    author = Author.objects.create(name="Ada Reporter", slug="ada-reporter")
    ArticleAuthor.objects.create(article=article, author=author)
    article.tags.add("Budget")
    article.save()
    return article
