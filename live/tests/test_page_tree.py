"""Where a live page may be created: under the news index, as articles are, and nowhere else."""

import pytest
from wagtail.models import Page

from live.models import LivePage
from newsroom.models import ArticlePage, HomePage, NewsIndexPage, StandardPage, TopicIndexPage

pytestmark = pytest.mark.django_db


def test_editors_can_add_articles_and_live_pages_under_the_news_index():
    assert set(NewsIndexPage.creatable_subpage_models()) == {ArticlePage, LivePage}


def test_a_live_page_stands_under_the_news_index_only():
    assert LivePage.allowed_parent_page_models() == [NewsIndexPage]
    for parent in (HomePage, TopicIndexPage, StandardPage):
        assert LivePage not in parent.creatable_subpage_models()


def test_the_home_page_stands_at_the_root_only():
    assert HomePage.allowed_parent_page_models() == [Page]
