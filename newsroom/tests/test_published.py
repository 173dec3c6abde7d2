"""'Published' is defined once, and nothing else reaches a reader."""

from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden_articles(make_article):
    return [
        make_article("Draft never published", live=False),
        make_article("Embargoed until tomorrow", embargo_until=timezone.now() + timedelta(days=1)),
    ]


def test_it_excludes_drafts_and_embargoed_articles(make_article, hidden_articles):
    from newsroom.models import ArticlePage

    visible = make_article("Public story")
    assert list(ArticlePage.objects.published()) == [visible]


def test_an_embargo_lifts_by_itself_when_its_time_passes(make_article):
    from newsroom.models import ArticlePage

    article = make_article("Embargoed", embargo_until=timezone.now() + timedelta(hours=1))
    assert not ArticlePage.objects.published().filter(pk=article.pk).exists()
    assert (
        ArticlePage.objects.published(at=timezone.now() + timedelta(hours=2))
        .filter(pk=article.pk)
        .exists()
    )


@pytest.mark.parametrize(
    "path", ["/", "/news/", "/topics/politics-and-elections/", "/search/?q=tomorrow+published"]
)
def test_hidden_articles_appear_on_no_list(client, hidden_articles, make_article, path):
    make_article("Public story")
    html = client.get(path).content.decode()
    for article in hidden_articles:
        assert article.title not in html


def test_hidden_articles_answer_404(client, hidden_articles):
    embargoed = hidden_articles[1]
    assert client.get(embargoed.url).status_code == 404
