"""Writing on the desk: the article form's order and labels, the reporter's own byline, the
editor's request for changes on top of the article, the right names, and a clear schedule."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Task

from newsroom.models import ArticlePage, Author
from newsroom.tests.admin_forms import add_url, article_form, edit_url

pytestmark = pytest.mark.django_db


def test_the_form_puts_the_topic_first_and_calls_the_title_headline(client, site_tree, reporter):
    client.force_login(reporter)
    html = client.get(add_url(site_tree["news"])).content.decode()
    assert html.index('name="topic"') < html.index('name="title"') < html.index('name="standfirst"')
    assert "Headline" in html and "Page title" not in html
    assert 'data-controller="headline-count w-sync"' in html
    assert "newsroom/headline-count.js" in html
    assert '<select name="topic"' in html  # one choice from a list, no chooser pop-up


def test_a_new_article_carries_the_reporters_own_byline(client, site_tree, reporter):
    reporter.first_name, reporter.last_name = "Mariia", "Reporter"
    reporter.save()
    client.force_login(reporter)
    topic = site_tree["topics"]["Sport"]
    response = client.post(
        add_url(site_tree["news"]), article_form(title="Cup final", slug="cup-final", topic=topic)
    )
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="cup-final")
    byline = article.get_latest_revision_as_object().authors
    assert [author.name for author in byline] == ["Mariia Reporter"]
    assert Author.objects.get(user=reporter).slug == "mariia-reporter"


def test_the_same_user_keeps_one_byline(reporter):
    assert Author.for_user(reporter) == Author.for_user(reporter)


@pytest.fixture
def sent_back(make_article, reporter, editor):
    article = make_article("Draft to revise", live=False, owner=reporter)
    article.save_revision(user=reporter)
    article.get_workflow().start(article, reporter)
    article.refresh_from_db()
    task = Task.objects.get(name="Editorial review").specific
    task.on_action(
        article.current_workflow_task_state, editor, "reject", comment="Name your second source."
    )
    return article


def test_the_reporter_reads_the_request_for_changes_on_top(client, sent_back, reporter):
    client.force_login(reporter)
    html = client.get(edit_url(sent_back)).content.decode()
    assert "Changes requested by editor" in html
    assert "Name your second source." in html


def test_the_status_names_the_editor_who_asked_not_the_reporter(client, sent_back, reporter):
    client.force_login(reporter)
    html = " ".join(client.get(edit_url(sent_back)).content.decode().split())
    assert "by reporter" not in html
    assert "by editor" in html


def test_a_go_live_time_in_the_past_is_refused_and_the_form_comes_back_filled(
    client, site_tree, editor
):
    client.force_login(editor)
    past = (timezone.localtime() - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
    data = article_form(
        title="Old news", slug="old-news", topic=site_tree["topics"]["Sport"], go_live_at=past
    )
    response = client.post(add_url(site_tree["news"]), {**data, "action-publish": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "has already passed" in html
    assert 'value="Old news"' in html
    assert not ArticlePage.objects.filter(slug="old-news").exists()


def test_every_time_field_says_its_time_zone(client, site_tree, editor):
    client.force_login(editor)
    html = client.get(add_url(site_tree["news"])).content.decode()
    assert html.count("Time zone: UTC.") >= 4


def test_the_reviewer_is_told_when_an_approved_article_will_go_live(
    client, make_article, reporter, editor
):
    article = make_article("Scheduled story", live=False, owner=reporter)
    article.go_live_at = timezone.now() + timedelta(days=1)
    article.save_revision(user=reporter)
    article.get_workflow().start(article, reporter)
    client.force_login(editor)
    assert (
        "Approve and schedule: once approved, it goes live"
        in client.get(edit_url(article)).content.decode()
    )
