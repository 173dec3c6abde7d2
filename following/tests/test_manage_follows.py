"""One signed link manages everything a subscriber follows; no account needed."""

import pytest

from following.models import Subscriber
from following.tests.conftest import same_site

pytestmark = pytest.mark.django_db


def test_it_lists_changes_and_stops_follows_from_one_link(client, follower, site_tree):
    sport, politics = site_tree["topics"]["Sport"], site_tree["topics"]["Politics and Elections"]
    subscriber = follower("me@example.org", topic=sport)
    subscriber.follows.create(kind="topic", target_id=politics.pk)
    url = f"/follow/manage/{subscriber.manage_token()}/"
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "Sport" in html and "Politics and Elections" in html
    assert "me@example.org" not in html and page["Referrer-Policy"] == "no-referrer"

    post = same_site(client)
    bad = post(url, {"action": "settings", "frequency": "daily", "daily_cap": "0"})
    assert bad.status_code == 400 and "between 1 and 100" in bad.content.decode()
    assert (
        post(url, {"action": "settings", "frequency": "daily", "daily_cap": "3"}).status_code == 303
    )
    follow = subscriber.follows.get(target_id=sport.pk)
    assert post(url, {"action": "remove", "follow": follow.pk}).status_code == 303
    subscriber.refresh_from_db()
    assert (subscriber.frequency, subscriber.daily_cap) == ("daily", 3)
    assert list(subscriber.follows.values_list("target_id", flat=True)) == [politics.pk]


def test_it_refuses_a_revoked_link(client, follower, site_tree):
    subscriber = follower("me@example.org", topic=site_tree["topics"]["Sport"])
    token = subscriber.manage_token()
    Subscriber.objects.update(token_version=2)
    assert client.get(f"/follow/manage/{token}/").status_code == 400
