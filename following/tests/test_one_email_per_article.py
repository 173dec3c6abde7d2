"""However many follows an article matches, and however often a task runs, one email each."""

import pytest

from following import tasks
from following.models import Alert, Edition
from following.tests.conftest import html_of, publish, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def author():
    from newsroom.models import Author

    return Author.objects.create(name="Olena Kovalenko")


def test_it_sends_one_email_across_overlapping_follows_and_retries(
    smtp, run_tasks, site_tree, draft, follower, author
):
    from taggit.models import Tag

    topic = site_tree["topics"]["Politics and Elections"]
    article = draft(
        "Talks resume", topic=topic, authors=[author], tags=["Kyiv"], standfirst="Both sides met."
    )
    tag = Tag.objects.get(name="Kyiv")
    follower("all@example.org", topic=topic, author=author, tag=tag)
    follower("tag@example.org", tag=tag)
    follower("other@example.org", topic=site_tree["topics"]["Sport"])

    with run_tasks():
        publish(article)
        edition = Edition.objects.get()
        tasks.announce.enqueue(edition.pk)  # a retried task
        tasks.send_alerts.enqueue(edition.pk, 0, 10**9)  # a batch run twice
        publish(article)  # a republish is not a new article

    [alert] = smtp.to("all@example.org")
    assert len(smtp.to("tag@example.org")) == 1
    assert smtp.to("other@example.org") == []
    assert alert["Subject"] == "Talks resume"
    assert "Both sides met." in text_of(alert) and "Both sides met." in html_of(alert)
    assert "/news/talks-resume/" in text_of(alert)
    assert Alert.objects.filter(state="sent").count() == 2


def test_it_tells_followers_of_an_update_only_when_the_desk_asks(
    smtp, run_tasks, site_tree, draft, follower
):
    from following import alerts
    from following.signals import enqueue

    topic = site_tree["topics"]["Sport"]
    article = draft("Final tonight", topic=topic)
    follower("fan@example.org", topic=topic)
    with run_tasks():
        publish(article)
        publish(article)  # an update nobody asked to announce
    assert len(smtp.to("fan@example.org")) == 1
    with run_tasks():
        enqueue(alerts.request_update(article, None).pk)
    assert [m["Subject"] for m in smtp.to("fan@example.org")] == [
        "Final tonight",
        "Updated: Final tonight",
    ]


def test_it_keeps_daily_subscribers_for_one_digest_within_their_cap(
    smtp, run_tasks, site_tree, draft, follower
):
    topic = site_tree["topics"]["Sport"]
    follower("daily@example.org", topic=topic, frequency="daily", daily_cap=2)
    with run_tasks():
        for title in ("One", "Two", "Three"):
            publish(draft(title, topic=topic))
    assert smtp.to("daily@example.org") == []
    tasks.send_digests.enqueue()
    [digest] = smtp.to("daily@example.org")
    assert "2 new articles" in digest["Subject"]
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert Alert.objects.filter(state="skipped").count() == 1
    tasks.send_digests.enqueue()
    assert len(smtp.to("daily@example.org")) == 1


def test_the_scheduler_sends_the_digests_once_a_day_at_their_hour(
    smtp, run_tasks, site_tree, draft, follower, settings
):
    from newsroom.scheduling import one_round

    topic = site_tree["topics"]["Sport"]
    follower("daily@example.org", topic=topic, frequency="daily")
    with run_tasks():
        publish(draft("Cup draw", topic=topic))
    settings.FOLLOWING_DIGEST_HOUR = 24  # never reached: not yet time
    one_round()
    assert smtp.to("daily@example.org") == []

    settings.FOLLOWING_DIGEST_HOUR = 0
    one_round()
    with run_tasks():
        publish(draft("Semi-final", topic=topic))
    one_round()  # the same day: the second article waits for tomorrow's digest
    [digest] = smtp.to("daily@example.org")
    assert "Cup draw" in text_of(digest) and "Semi-final" not in text_of(digest)
