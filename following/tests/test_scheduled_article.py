"""A scheduled article alerts its followers when it goes live, not when it is scheduled."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from newsroom.scheduling import publish_due

pytestmark = pytest.mark.django_db


def test_it_alerts_followers_when_a_scheduled_article_goes_live(
    smtp, run_tasks, site_tree, draft, follower
):
    topic = site_tree["topics"]["Sport"]
    follower("early@example.org", topic=topic)
    article = draft("Kick-off at noon", topic=topic)
    go_live = timezone.now().replace(microsecond=0) + timedelta(hours=2)
    article.go_live_at = go_live
    with run_tasks():
        article.save_revision().publish()  # scheduled: approved for later, not live
    article.refresh_from_db()
    assert not article.live and smtp.messages == []

    with time_machine.travel(go_live + timedelta(seconds=30), tick=False), run_tasks():
        publish_due()
    article.refresh_from_db()
    assert article.live
    assert [m["Subject"] for m in smtp.to("early@example.org")] == ["Kick-off at noon"]
