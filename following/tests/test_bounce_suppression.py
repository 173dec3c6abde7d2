"""A provider's bounce or complaint report, through anymail's webhook, stops all email."""

import json

import pytest

from following.models import Subscriber
from following.tests.conftest import WEBHOOK_SECRET, basic_auth, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def webhook_secret(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": WEBHOOK_SECRET}


def postmark(client, record, auth=None):
    return client.post(
        "/anymail/postmark/tracking/",
        json.dumps(record),
        content_type="application/json",
        HTTP_AUTHORIZATION=auth or basic_auth(),
    )


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"RecordType": "Bounce", "Type": "HardBounce", "TypeCode": 1}, "bounce"),
        ({"RecordType": "SpamComplaint", "Type": "SpamComplaint", "TypeCode": 512}, "complaint"),
    ],
)
def test_it_suppresses_the_address_a_provider_reports(
    client, smtp, run_tasks, site_tree, draft, follower, record, reason
):
    topic = site_tree["topics"]["Sport"]
    follower("Gone@Example.org".lower(), topic=topic)
    record = record | {"Email": "Gone@Example.org", "MessageID": "b7bc2f4a-e38e-4336-af7d"}
    assert postmark(client, record).status_code == 200
    assert Subscriber.objects.get().suppressed_reason == reason
    with run_tasks():
        publish(draft("After the bounce", topic=topic))
    assert smtp.to("gone@example.org") == []


def test_it_ignores_a_report_without_the_webhook_secret(client, follower, site_tree):
    follower("kept@example.org", topic=site_tree["topics"]["Sport"])
    record = {"RecordType": "Bounce", "Type": "HardBounce", "Email": "kept@example.org"}
    assert postmark(client, record, auth=basic_auth("anymail:wrong")).status_code == 400
    assert Subscriber.objects.reachable().exists()
