"""A tag has a public page (and feed) only while a published, public article carries it: a tag
typed on a draft, a scheduled, an embargoed or a private article never shows its name."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def tagged(article, name):
    article.tags.add(name)
    article.save()
    return article


@pytest.fixture
def hidden(make_article, site_tree):
    later = timezone.now() + timedelta(days=1)
    tagged(make_article("Draft", live=False), "Secret Draft")
    tagged(make_article("Scheduled", live=False, go_live_at=later), "Secret Schedule")
    tagged(make_article("Embargoed", embargo_until=later), "Secret Embargo")
    private = tagged(make_article("Private"), "Secret Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return ["secret-draft", "secret-schedule", "secret-embargo", "secret-private"]


def test_a_tag_only_hidden_articles_carry_has_no_page_nor_feed(client, hidden):
    for slug in hidden:
        page = client.get(f"/tags/{slug}/")
        assert page.status_code == 404, slug
        assert "Secret" not in page.content.decode()
        assert client.get(f"/feeds/tags/{slug}/rss/").status_code == 404, slug


def test_a_tag_on_a_published_article_has_its_page(client, make_article):
    tagged(make_article("Harbour strike"), "Reykjavik")
    page = client.get("/tags/reykjavik/")
    assert page.status_code == 200 and "Reykjavik" in page.content.decode()
