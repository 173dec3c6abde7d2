"""Flood limit, exact duplicates and the double-click: one comment, never two."""

import threading

import pytest
from django.db import connection

from comments.models import Comment
from comments.tests.conftest import fresh_stamp, submit_over_http

pytestmark = pytest.mark.django_db


# The rules alone: fitting the learned model in the first post can outlast the 15 s on a busy
# machine, and then the second post is rightly not a flood.
@pytest.mark.usefixtures("rules_alone")
def test_a_second_comment_within_15_seconds_gets_429_with_its_text(post, article):
    assert post(article, comment="first thought").status_code == 303
    response = post(article, comment="second thought, too soon")
    assert response.status_code == 429
    html = response.content.decode()
    assert "too quickly" in html and "second thought, too soon" in html
    assert Comment.objects.count() == 1


@pytest.mark.usefixtures("rules_alone")
def test_the_flood_limit_is_per_email_too(post, article):
    post(article, comment="first", headers={"REMOTE_ADDR": "10.0.0.1"})
    response = post(article, comment="second from elsewhere", headers={"REMOTE_ADDR": "10.0.0.2"})
    assert response.status_code == 429


@pytest.mark.usefixtures("rules_alone")
def test_the_flood_limit_is_per_ip_too(post, article):
    post(article, comment="first", email="one@example.org")
    response = post(article, comment="second", email="two@example.org")
    assert response.status_code == 429


@pytest.mark.usefixtures("rules_alone")
def test_readers_behind_one_proxy_are_told_apart_by_the_address_it_forwards(
    post, article, settings
):
    settings.NUM_PROXIES = 1
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    first = post(
        article,
        comment="one",
        email="one@example.org",
        headers=proxy | {"HTTP_X_FORWARDED_FOR": "203.0.113.7"},
    )
    second = post(
        article,
        comment="two",
        email="two@example.org",
        headers=proxy | {"HTTP_X_FORWARDED_FOR": "203.0.113.8"},
    )
    assert first.status_code == second.status_code == 303


def test_the_same_comment_sent_twice_is_stored_once_and_both_get_the_same_answer(post, article):
    first = post(article, comment="Double-clicked")
    second = post(article, comment="Double-clicked")
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert Comment.objects.count() == 1


def test_an_exact_duplicate_after_the_retry_window_is_refused(post, article):
    from datetime import timedelta

    from django.core.cache import cache

    post(article, comment="Said it once")
    Comment.objects.update(created_at=Comment.objects.get().created_at - timedelta(hours=1))
    cache.clear()
    response = post(article, comment="Said it once")
    assert response.status_code == 400
    assert "already posted exactly this comment" in response.content.decode()
    assert Comment.objects.count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is tested on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_identical_posts_store_exactly_one_comment(
    live_server, wagtail_root, make_article
):
    from django.utils import timezone

    article = make_article("Racing", published_at=timezone.now())
    stamp = fresh_stamp(article)
    fields = {
        "article": article.pk,
        "comment": "Clicked twice",
        "name": "Ada",
        "email": "ada@example.org",
        "rendered": stamp,
    }
    barrier, statuses = threading.Barrier(4), []

    def send():
        barrier.wait()
        statuses.append(submit_over_http(live_server.url, fields)[0])

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Comment.objects.filter(article=article).count() == 1
    assert statuses == [303] * 4, statuses
