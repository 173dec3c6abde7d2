"""A draft, an embargoed article or one in a private section reaches no follower."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from following.models import Alert
from following.tests.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def fan(follower, site_tree):
    return follower("fan@example.org", topic=site_tree["topics"]["Sport"])


def test_it_sends_nothing_for_a_draft(smtp, run_tasks, site_tree, draft, fan):
    with run_tasks():
        draft("Still a draft", topic=site_tree["topics"]["Sport"]).save_revision()
    assert smtp.messages == [] and not Alert.objects.exists()


def test_it_sends_nothing_for_an_embargoed_article(smtp, run_tasks, site_tree, draft, fan):
    later = timezone.now() + timedelta(hours=6)
    with run_tasks():
        publish(draft("Under embargo", topic=site_tree["topics"]["Sport"], embargo_until=later))
    assert smtp.messages == [] and not Alert.objects.exists()


def test_followers_hear_of_an_embargoed_article_when_the_embargo_lifts(
    smtp, run_tasks, site_tree, draft, fan
):
    from newsroom.models import ArticlePage
    from newsroom.scheduling import one_round

    article = draft("Budget figures", topic=site_tree["topics"]["Sport"])
    article.embargo_until = timezone.now() + timedelta(hours=6)
    article.save()
    with run_tasks():
        publish(article)
        one_round()  # the scheduler's round, before the embargo lifts
    assert smtp.messages == []

    ArticlePage.objects.filter(pk=article.pk).update(embargo_until=timezone.now())
    with run_tasks():
        one_round()
        one_round()  # the next round finds the edition announced
    assert [rcpts for rcpts, _ in smtp.messages] == [["fan@example.org"]]


def test_it_sends_nothing_for_a_private_article(smtp, run_tasks, site_tree, draft, fan):
    PageViewRestriction.objects.create(
        page=site_tree["news"], restriction_type="password", password="s3cret"
    )
    with run_tasks():
        publish(draft("Members only", topic=site_tree["topics"]["Sport"]))
    assert smtp.messages == [] and not Alert.objects.exists()


def test_it_sends_nothing_for_an_old_article_republished(
    smtp, run_tasks, make_article, fan, site_tree
):
    article = make_article("From the archive", topic="Sport")  # first published in 2022
    with run_tasks():
        publish(article)
    assert smtp.messages == []
