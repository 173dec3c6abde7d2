"""The follow button: the same cached page for everyone, and bad input answered clearly."""

import pytest
from django.test import Client

from following.models import Follow
from following.tests.conftest import same_site

pytestmark = pytest.mark.django_db


def test_it_puts_a_plain_form_with_no_per_reader_bits_on_the_topic_page(site_tree):
    topic = site_tree["topics"]["Sport"]
    first, second = Client().get(topic.url), Client().get(topic.url)
    assert first.content == second.content
    html = first.content.decode()
    assert 'action="/follow/"' in html and f'name="target" value="{topic.pk}"' in html
    assert "csrfmiddlewaretoken" not in html and "Follow Sport" in html
    assert not first.cookies


def test_it_gives_the_form_back_filled_in_with_the_reason(client, site_tree):
    topic = site_tree["topics"]["Sport"]
    response = same_site(client)(
        "/follow/", {"email": "not-an-address", "kind": "topic", "target": topic.pk}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="not-an-address"' in html and "valid email" in html
    gone = same_site(client)(
        "/follow/", {"email": "a@example.org", "kind": "topic", "target": 10**9}
    )
    assert gone.status_code == 400 and "nothing to follow" in gone.content.decode()
    assert not Follow.objects.exists()


def test_it_refuses_a_post_from_another_site(client, site_tree):
    data = {"email": "a@example.org", "kind": "topic", "target": site_tree["topics"]["Sport"].pk}
    response = client.post(
        "/follow/", data, HTTP_ORIGIN="https://evil.example", HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403 and 'value="a@example.org"' in response.content.decode()
    assert not Follow.objects.exists()


def test_it_limits_requests_per_address_and_per_ip(client, site_tree, settings):
    settings.FOLLOWING_RATE_PER_ADDRESS = "2/h"
    settings.FOLLOWING_RATE_PER_IP = "4/h"
    topic = site_tree["topics"]["Sport"]
    post = same_site(client)

    def follow(address):
        return post("/follow/", {"email": address, "kind": "topic", "target": topic.pk})

    assert [follow("same@example.org").status_code for _ in range(3)] == [303, 303, 429]
    assert follow("other@example.org").status_code == 303
    assert follow("third@example.org").status_code == 429  # the fifth from this IP
