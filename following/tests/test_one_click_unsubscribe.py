"""RFC 8058: every alert carries List-Unsubscribe headers; one POST, no session, unsubscribes."""

import re

import pytest
from django.test import Client

from following.models import Follow, Subscriber
from following.tests.conftest import html_of, publish, text_of

pytestmark = pytest.mark.django_db


def test_it_unsubscribes_in_one_post_from_the_mail_client(
    smtp, run_tasks, site_tree, draft, follower
):
    topic = site_tree["topics"]["Sport"]
    follower("leaving@example.org", topic=topic)
    with run_tasks():
        publish(draft("First", topic=topic))
    [alert] = smtp.to("leaving@example.org")
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<(https?://\S+)>", alert["List-Unsubscribe"]).group(1)
    assert url in text_of(alert) and url in html_of(alert)  # the visible link too

    # A mail client's POST: another origin, no cookie, no CSRF token.
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        url.removeprefix("http://127.0.0.1:8000"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
        HTTP_ORIGIN="https://mail.example.com",
    )
    assert response.status_code == 200
    assert Subscriber.objects.get().suppressed_reason == "unsubscribed"
    assert not Follow.objects.exists()
    with run_tasks():
        publish(draft("Second", topic=topic))
    assert len(smtp.to("leaving@example.org")) == 1


def test_it_refuses_a_forged_unsubscribe_link(client, follower, site_tree):
    subscriber = follower("stays@example.org", topic=site_tree["topics"]["Sport"])
    token = subscriber.unsubscribe_token()
    assert client.post(f"/follow/unsubscribe/{token}x/").status_code == 400
    assert client.post(f"/follow/unsubscribe/{subscriber.manage_token()}/").status_code == 400
    assert Subscriber.objects.reachable().exists()
