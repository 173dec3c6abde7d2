"""A subscriber's address never reaches a reader: no page, feed or API answer carries it."""

import pytest
from django.utils import timezone

from comments.tests.test_privacy import crawl, fingerprints
from following.tests.conftest import publish

pytestmark = pytest.mark.django_db
ADDRESS = "Secret.Follower+news@example.org"


def test_no_public_page_carries_a_subscribers_address(
    client, seed_article, follower, draft, site_tree, run_tasks, smtp
):
    topic = seed_article.topic
    subscriber = follower(ADDRESS.lower(), topic=topic)
    subscriber.follows.create(kind="topic", target_id=site_tree["topics"]["Sport"].pk)
    with run_tasks():
        publish(draft("Fresh news", topic=topic, published_at=timezone.now()))
    pages = crawl(
        client,
        [
            "/",
            seed_article.url,
            topic.url,
            "/feeds/rss/",
            "/api/v1/articles",
            "/sitemap.xml",
            f"/follow/manage/{subscriber.manage_token()}/",
            "/follow/check-your-inbox/",
        ],
    )
    assert len(pages) > 10
    for url, body in pages.items():
        lowered = body.lower()
        for mark in fingerprints(ADDRESS):
            assert mark.lower() not in lowered, f"{url} carries {mark}"
