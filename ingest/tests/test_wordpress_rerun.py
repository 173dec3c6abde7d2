"""Running the same import again creates nothing twice; a changed post is updated."""

from wagtail.contrib.redirects.models import Redirect

from comments.models import Comment
from ingest.models import WordPressItem
from ingest.tests.wordpress import THEME, run
from newsroom.models import ArticlePage, Author, StandardPage, TopicPage


def totals():
    return [
        model.objects.count()
        for model in (
            ArticlePage,
            StandardPage,
            TopicPage,
            Author,
            Comment,
            Redirect,
            WordPressItem,
        )
    ]


def test_it_creates_nothing_twice(db):
    run(THEME)
    before = totals()
    again = run(THEME)
    assert totals() == before
    assert again.counts["posts"]["imported"] == 0
    assert (
        again.counts["posts"]["unchanged"]
        == again.counts["posts"]["in_file"] - again.counts["posts"]["skipped"]
    )


def test_it_updates_a_changed_post(db, tmp_path):
    run(THEME)
    changed = tmp_path / "changed.xml"
    changed.write_text(
        THEME.read_text().replace(
            "<title>Markup: Image Alignment</title>",
            "<title>Markup: Image Alignment, fixed</title>",
        )
    )
    report = run(changed)
    assert report.counts["posts"]["updated"] == 1
    assert ArticlePage.objects.filter(title="Markup: Image Alignment, fixed").count() == 1
