"""The desk's followers report (counts, never addresses), GDPR export and delete for
administrators, and "Publish and notify followers" on a published article."""

import json

import pytest

from following.models import Alert, Edition, Follow, Subscriber
from following.tests.conftest import publish
from newsroom.tests.admin_forms import article_form

pytestmark = pytest.mark.django_db


def signed_in(client, user):
    client.force_login(user)
    return client


def test_it_shows_the_desk_followers_and_alerts_but_no_address(
    client, editor, follower, site_tree, draft, smtp, run_tasks
):
    sport = site_tree["topics"]["Sport"]
    follower("one@example.org", topic=sport)
    follower("two@example.org", topic=sport).suppress(Subscriber.Suppressed.BOUNCE)
    follower("three@example.org", topic=sport)
    with run_tasks():
        publish(draft("Cup final", topic=sport))
    html = signed_in(client, editor).get("/admin/following/").content.decode()
    assert "Cup final" in html and "Sport" in html and "Bounced: 1" in html
    assert "Receiving alerts: 2" in html
    assert "@example.org" not in html


def test_it_exports_and_deletes_a_subscriber_for_an_administrator(
    client, administrator, editor, follower, site_tree
):
    subscriber = follower("gdpr@example.org", topic=site_tree["topics"]["Sport"])
    url = f"/admin/following/subscribers/{subscriber.pk}/export/"
    refused = signed_in(client, editor).get(url)  # Wagtail sends them back to the dashboard
    assert refused.status_code == 302 and b"gdpr@" not in refused.content
    client.logout()
    response = signed_in(client, administrator).get(url)
    data = json.loads(response.content)
    assert data["email"] == "gdpr@example.org" and data["follows"][0]["target"] == "Sport"
    assert "attachment" in response["Content-Disposition"]
    listing = client.get("/admin/following_subscribers/").content.decode()
    assert url in listing
    delete = f"/admin/following_subscribers/delete/{subscriber.pk}/"
    assert client.post(delete).status_code == 302
    assert not Subscriber.objects.exists() and not Follow.objects.exists()


def test_it_notifies_followers_when_the_desk_publishes_an_update(
    client, editor, follower, site_tree, draft, smtp, run_tasks
):
    sport = site_tree["topics"]["Sport"]
    follower("fan@example.org", topic=sport)
    article = draft("Match report", topic=sport)
    with run_tasks():
        publish(article)
    signed_in(client, editor)
    edit = f"/admin/pages/{article.pk}/edit/"
    assert "Publish and notify followers" in client.get(edit).content.decode()
    form = article_form(
        title="Match report (corrected)",
        slug=article.slug,
        topic=sport,
        **{"action-publish": "notify-followers"},
    )
    with run_tasks():
        response = client.post(edit, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    subjects = [m["Subject"] for m in smtp.to("fan@example.org")]
    assert subjects == ["Match report", "Updated: Match report (corrected)"]
    assert Edition.objects.filter(kind="update").get().requested_by == "editor"
    assert Alert.objects.count() == 2
