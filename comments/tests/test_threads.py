"""Threads: nesting to the configured depth, Reply without JavaScript, oldest first, pages of 50."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from comments.models import Comment, CommentSettings

pytestmark = pytest.mark.django_db


def add(article, body, parent=None, state="approved", minutes=0, **fields):
    values = {"name": "Reader", "email": f"{body[:20].replace(' ', '')}@example.org"} | fields
    created = timezone.now() - timedelta(days=1) + timedelta(minutes=minutes)
    return Comment.objects.create(
        article=article, parent=parent, body=body, state=state, created_at=created, **values
    )


def test_it_nests_replies_oldest_first(client, article):
    first = add(article, "first", minutes=1)
    second = add(article, "second", minutes=2)
    reply = add(article, "reply to first", parent=first, minutes=3)
    html = client.get(article.url).content.decode()
    order = [html.index(f'id="comment-{c.pk}"') for c in (first, reply, second)]
    assert order == sorted(order)
    nested = html[html.index(f'id="comment-{first.pk}"') : html.index(f'id="comment-{second.pk}"')]
    assert '<ol class="children">' in nested and f'id="comment-{reply.pk}"' in nested
    assert "2 Comments" not in html and "3 Comments" in html


def test_reply_links_stop_at_the_configured_depth(client, article):
    a = add(article, "level one", minutes=1)
    b = add(article, "level two", parent=a, minutes=2)
    c = add(article, "level three", parent=b, minutes=3)
    html = client.get(article.url).content.decode()
    assert f"/comments/reply/{a.pk}/#respond" in html and f"/comments/reply/{b.pk}/#respond" in html
    assert f"/comments/reply/{c.pk}/" not in html  # depth 3 is the deepest level


def test_a_reply_past_the_depth_attaches_to_the_deepest_allowed_level(post, article):
    a = add(article, "one", minutes=1)
    b = add(article, "two", parent=a, minutes=2)
    c = add(article, "three", parent=b, minutes=3)
    post(article, parent=c.pk, comment="four")
    reply = Comment.objects.get(body="four")
    assert reply.parent == b and reply.depth == 2


def test_reply_without_javascript_is_its_own_uncached_page(client, article):
    parent = add(article, "Worth answering")
    response = client.get(f"/comments/reply/{parent.pk}/")
    html = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "Worth answering" in html and f'name="parent" id="id_parent" value="{parent.pk}"' in html
    assert "Reply to" in html


def test_the_article_page_ignores_a_replyto_query(client, article):
    parent = add(article, "Worth answering")
    plain = client.get(article.url).content.decode()
    with_query = client.get(f"{article.url}?replyto={parent.pk}").content.decode()
    strip = re.compile(r'name="rendered" value="[^"]*"')
    assert strip.sub("", plain) == strip.sub("", with_query)


def test_it_paginates_past_fifty_threads(client, article):
    for i in range(53):
        add(article, f"comment number {i:02d}", minutes=i)
    html = client.get(article.url).content.decode()
    assert "comment number 49" in html and "comment number 50" not in html
    assert "53 Comments" in html
    page_two = client.get(f"/comments/article/{article.pk}/page/2/")
    assert page_two.status_code == 200 and "comment number 52" in page_two.content.decode()
    assert client.get(f"/comments/article/{article.pk}/page/9/").status_code == 404


def test_an_approved_comment_on_page_two_redirects_there(post, article):
    for i in range(50):
        add(article, f"older {i}", minutes=i)
    response = post(article, comment="the newest")
    comment = Comment.objects.get(body="the newest")
    assert response["Location"] == f"/comments/article/{article.pk}/page/2/#comment-{comment.pk}"


def test_counts_show_approved_comments_only_in_lists_without_extra_queries(
    client, article, make_article, django_assert_max_num_queries
):
    add(article, "approved one")
    add(article, "approved two")
    add(article, "held", state="pending")
    add(article, "junk", state="spam")
    for i in range(5):
        make_article(f"Other {i}", published_at=timezone.now())
    news = client.get("/news/").content.decode()
    assert re.search(rf'href="{article.url}#comments">2 comments<', news)
    cache.clear()  # measure a render, not a cache hit
    with django_assert_max_num_queries(25) as queries:
        client.get("/news/")
    counted = [q for q in queries.captured_queries if "comments_comment" in q["sql"]]
    assert len(counted) == 1  # one annotated listing query, not one per card


def test_thread_depth_is_a_site_setting(client, article, site_tree):
    CommentSettings.objects.update_or_create(
        site=site_tree["home"].get_site(), defaults={"thread_depth": 1}
    )
    a = add(article, "flat only")
    assert f"/comments/reply/{a.pk}/" not in client.get(article.url).content.decode()
