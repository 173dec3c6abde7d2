"""Everything in the theme unit test export arrives, mapped to our models."""

from datetime import UTC, datetime

import pytest
from wagtail.models import PageViewRestriction

from comments.models import Comment
from ingest.models import WordPressItem
from ingest.tests.wordpress import THEME, rolled_back_at_end, run, uploads
from ingest.wordpress import parse
from ingest.wordpress.comments import refusal as comment_refusal
from newsroom.models import ArticlePage, Author, StandardPage, TopicPage


@pytest.fixture(scope="module")
def imported_once(django_db_setup, django_db_blocker, tmp_path_factory):
    # Every test here only reads what the import made: one import serves them all.
    with rolled_back_at_end(django_db_blocker):
        yield run(THEME, uploads(tmp_path_factory.mktemp("uploads")))


@pytest.fixture
def imported(imported_once, db):
    return imported_once


def article(wp_id):
    row = WordPressItem.objects.get(kind="post", wp_id=wp_id)
    return ArticlePage.objects.get(pk=row.object_id)


def test_it_accounts_for_every_item_in_the_file(imported):
    counts = imported.counts
    assert counts["posts"]["in_file"] + counts["pages"]["in_file"] == 79
    assert counts["attachments"]["in_file"] == 37
    assert counts["menu items"]["in_file"] == 70
    assert counts["comments"]["in_file"] == 33
    for kind in counts:
        assert imported.accounted(kind), kind
    assert counts["attachments"]["imported"] == 3  # the three files in the uploads folder


def test_it_keeps_dates_headline_and_standfirst_exactly(imported):
    page = article("1177")
    assert page.title == "Markup: Image Alignment"
    assert page.published_at == datetime(2013, 1, 11, 3, 15, 40, tzinfo=UTC)
    assert page.live


def test_it_maps_statuses_without_making_a_draft_public(imported):
    drafts = ArticlePage.objects.filter(external_id__in=["wordpress:1164"])  # the draft post
    assert drafts.exists() and not drafts.filter(live=True).exists()
    scheduled = ArticlePage.objects.get(external_id="wordpress:1153")  # the future post
    assert scheduled.go_live_at is not None
    protected = ArticlePage.objects.get(external_id="wordpress:1168")  # password protected
    assert PageViewRestriction.objects.filter(
        page=protected, restriction_type=PageViewRestriction.PASSWORD
    ).exists()


def test_it_makes_topics_tags_and_authors(imported):
    assert TopicPage.objects.filter(title="Markup").exists()
    assert Author.objects.filter(name="Theme Buster").exists()
    page = article("1177")
    assert page.topic is not None
    assert [a.name for a in page.authors] == ["Theme Buster"]


def test_it_keeps_pages_and_their_hierarchy(imported):
    level3 = StandardPage.objects.get(title="Level 3")
    assert level3.get_parent().title == "Level 2"


def test_it_keeps_every_comment_thread(imported):
    rows = {row.wp_id: row.object_id for row in WordPressItem.objects.filter(kind="comment")}
    on_posts = [
        comment
        for item in parse.read(THEME)
        if isinstance(item, parse.Item) and item.post_type == "post"
        for comment in item.comments
        if not comment_refusal(comment)  # pingbacks and trackbacks are reported skips
    ]
    assert len(rows) == len(on_posts)
    for data in on_posts:
        comment = Comment.objects.get(pk=rows[data["wp:comment_id"]])
        parent = data.get("wp:comment_parent", "0")
        assert comment.parent_id == rows.get(parent)  # None: a top-level comment
    assert Comment.objects.filter(depth__gte=2).exists()


def test_it_takes_the_lead_image_from_the_featured_image(imported):
    page = ArticlePage.objects.get(title="Template: Featured Image (Horizontal)")
    assert page.lead_image is not None
