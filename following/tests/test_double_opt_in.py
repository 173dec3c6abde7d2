"""Following asks for confirmation by email first; nothing else is sent before it."""

import re

import pytest
from django.utils import timezone

from following.models import Follow, Subscriber
from following.tests.conftest import publish, same_site, text_of

pytestmark = pytest.mark.django_db
ADDRESS = "reader@example.org"


def confirm_link(message):
    return re.search(r"http://\S+/follow/confirm/\S+/", text_of(message)).group(0)


def follow(client, topic, address=ADDRESS):
    return same_site(client)("/follow/", {"email": address, "kind": "topic", "target": topic.pk})


def test_it_sends_nothing_but_a_confirmation_until_the_reader_confirms(
    client, smtp, run_tasks, site_tree, draft
):
    topic = site_tree["topics"]["Politics and Elections"]
    with run_tasks():
        response = follow(client, topic)
    assert response.status_code == 303 and response["Location"] == "/follow/check-your-inbox/"
    [confirmation] = smtp.to(ADDRESS)
    assert "Politics and Elections" in text_of(confirmation)
    assert "List-Unsubscribe" not in confirmation

    article = draft("Before confirming")
    with run_tasks():
        publish(article)
    assert len(smtp.to(ADDRESS)) == 1  # still only the confirmation

    link = confirm_link(confirmation).removeprefix("http://127.0.0.1:8000")
    assert client.get(link).status_code == 200  # a mail scanner opening it confirms nothing
    assert Subscriber.objects.get().confirmed_at is None
    response = same_site(client)(link, {})
    assert response.status_code == 303 and "/follow/manage/" in response["Location"]
    assert Follow.objects.get().confirmed_at is not None

    with run_tasks():
        publish(draft("After confirming"))
    assert [m["Subject"] for m in smtp.to(ADDRESS)[1:]] == ["After confirming"]


def test_it_answers_the_same_whether_or_not_the_address_is_known(
    client, smtp, run_tasks, site_tree, follower
):
    topic = site_tree["topics"]["Politics and Elections"]
    follower("known@example.org", topic=topic)
    known = follow(client, topic, "known@example.org")
    unknown = follow(client, topic, "unknown@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def test_it_sends_one_confirmation_an_hour_per_address(client, smtp, run_tasks, site_tree):
    politics, sport = site_tree["topics"]["Politics and Elections"], site_tree["topics"]["Sport"]
    with run_tasks():
        follow(client, politics)
        follow(client, sport)
        follow(client, politics)
    assert len(smtp.to(ADDRESS)) == 1
    Subscriber.objects.update(confirmation_sent_at=timezone.now() - timezone.timedelta(hours=2))
    with run_tasks():
        follow(client, sport)
    assert len(smtp.to(ADDRESS)) == 2


def test_it_refuses_an_expired_or_forged_link(client, smtp, run_tasks, site_tree, time_machine):
    with run_tasks():
        follow(client, site_tree["topics"]["Sport"])
    link = confirm_link(smtp.to(ADDRESS)[0]).removeprefix("http://127.0.0.1:8000")
    assert client.get(link[:-3] + "xx/").status_code == 400
    time_machine.move_to(timezone.now() + timezone.timedelta(days=4))
    assert same_site(client)(link, {}).status_code == 400
    assert Subscriber.objects.get().confirmed_at is None
