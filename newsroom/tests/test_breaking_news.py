"""Breaking news: an editor marks a story for six hours; the ticker shows it on every reader page
and drops it by itself when the period ends."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from newsroom.models import ArticlePage
from newsroom.tests.admin_forms import article_form, edit_url

pytestmark = pytest.mark.django_db


def ticker(client, url="/"):
    html = client.get(url).content.decode()
    start = html.find('class="breaking"')
    return "" if start < 0 else html[start : html.find("</aside>", start)]


def test_the_ticker_shows_current_breaking_headlines_on_every_reader_page(client, make_article):
    story = make_article(
        "Earthquake hits the capital", breaking_until=timezone.now() + timedelta(hours=2)
    )
    other = make_article("Quiet day at the markets")
    for url in ("/", story.url, other.url, "/news/", "/corrections/"):
        assert "Earthquake hits the capital" in ticker(client, url), url
    assert "Quiet day" not in ticker(client)


def test_the_ticker_disappears_by_itself_when_the_period_ends(client, make_article):
    now = timezone.now()
    make_article("Storm warning", breaking_until=now + timedelta(hours=6))
    assert "Storm warning" in ticker(client)
    with time_machine.travel(now + timedelta(hours=6, seconds=1), tick=False):
        assert ticker(client) == ""


def test_drafts_and_embargoed_stories_never_reach_the_ticker(client, make_article):
    soon = timezone.now() + timedelta(hours=1)
    make_article("Draft breaking", live=False, breaking_until=soon)
    make_article("Embargoed breaking", embargo_until=soon, breaking_until=soon + timedelta(hours=1))
    assert ticker(client) == ""


def test_an_editor_marks_a_story_breaking_for_six_hours(client, editor, make_article, site_tree):
    article = make_article("Ceasefire announced")
    client.force_login(editor)
    before = timezone.now()
    data = article_form(
        title=article.title,
        slug=article.slug,
        topic=article.topic,
        mark_breaking="on",
        **{"action-publish": "1"},
    )
    response = client.post(edit_url(article), data)
    assert response.status_code == 302
    article = ArticlePage.objects.get(pk=article.pk)
    assert (
        before + timedelta(hours=6) <= article.breaking_until <= timezone.now() + timedelta(hours=6)
    )
    assert "Ceasefire announced" in ticker(client)


def test_a_reporter_cannot_mark_a_story_breaking(client, reporter, make_article):
    article = make_article("Reporter draft", live=False, owner=reporter)
    client.force_login(reporter)
    assert "mark_breaking" not in client.get(edit_url(article)).content.decode()
    soon = (timezone.now() + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    client.post(
        edit_url(article),
        article_form(
            title=article.title, slug=article.slug, mark_breaking="on", breaking_until=soon
        ),
    )
    assert (
        ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object().breaking_until
        is None
    )
