"""The Moderator's queue in the Wagtail admin: badge, filters, search, bulk actions, signals."""

import json
import re

import pytest
from django.contrib.auth.models import Group

from comments import spam
from comments.models import Comment, CommentSettings
from comments.signals import comments_changed

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_user("moderator", "mod@windownews.example", "pw")
    user.groups.add(Group.objects.get(name="Moderator"))
    client.force_login(user)
    return user


@pytest.fixture
def queue(article, make_article):
    other = make_article("Another story")
    rows = {
        "held": (article, "Held", "h@example.org", "please approve me", "pending"),
        "shown": (article, "Shown", "s@example.org", "already visible", "approved"),
        "elsewhere": (other, "Else", "e@example.org", "on another story", "pending"),
    }
    return {
        key: Comment.objects.create(article=on, name=name, email=email, body=body, state=state)
        for key, (on, name, email, body, state) in rows.items()
    }


@pytest.fixture
def announced():
    calls = []

    def listener(sender, article, **kwargs):
        calls.append(article.pk)

    comments_changed.connect(listener)
    yield calls
    comments_changed.disconnect(listener)


def menu_item(html, name):
    """The sidebar's menu item `name`, from the JSON Wagtail's sidebar is drawn from."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("name") == name and "attrs" in node:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return found[0]


def test_the_menu_shows_how_many_comments_wait_in_a_badge(client, moderator, queue):
    html = client.get("/admin/").content.decode()
    item = menu_item(html, "comments")
    assert item["label"] == "Comments"  # the count is a badge, no longer text in the label
    assert item["attrs"]["data-pending-count"] == "2"
    assert item["attrs"]["aria-label"] == "Comments, 2 awaiting moderation"
    assert 'href="/static/comments/menu-badge.css"' in html  # the stylesheet that draws the badge


def test_no_badge_when_nothing_waits(client, moderator, queue):
    Comment.objects.filter(state="pending").update(state="approved")
    attrs = menu_item(client.get("/admin/").content.decode(), "comments")["attrs"]
    assert "data-pending-count" not in attrs and "aria-label" not in attrs


def test_the_badge_counts_what_waits_now_though_the_sidebar_is_kept(
    client, moderator, queue, article
):
    assert (
        menu_item(client.get("/admin/").content.decode(), "comments")["attrs"]["data-pending-count"]
        == "2"
    )
    Comment.objects.create(article=article, name="New", email="n@example.org", body="Hi")
    attrs = menu_item(client.get("/admin/").content.decode(), "comments")["attrs"]
    assert attrs["data-pending-count"] == "3"
    Comment.objects.filter(state="pending").update(state="approved")
    attrs = menu_item(client.get("/admin/").content.decode(), "comments")["attrs"]
    assert "data-pending-count" not in attrs


def test_the_queue_filters_by_state_and_article_and_searches(client, moderator, queue, article):
    by_state = client.get("/admin/comments/?state=pending").content.decode()
    assert "please approve me" in by_state and "already visible" not in by_state
    by_article = client.get(f"/admin/comments/?article={article.pk}").content.decode()
    assert "on another story" not in by_article and "please approve me" in by_article
    found = client.get("/admin/comments/?q=visible").content.decode()
    assert "already visible" in found and "please approve me" not in found
    by_date = client.get("/admin/comments/?created_at__gte=2000-01-01").status_code
    assert by_date == 200


@pytest.mark.parametrize("action", ["approve", "spam", "trash"])
def test_bulk_actions_moderate_the_selection(
    client, moderator, queue, action, django_capture_on_commit_callbacks
):
    ids = f"id={queue['held'].pk}&id={queue['elsewhere'].pk}"
    url = f"/admin/bulk/comments/comment/{action}/?{ids}"
    assert client.get(url).status_code == 200  # the confirmation page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    expected = {"approve": "approved", "spam": "spam", "trash": "trash"}[action]
    assert set(
        Comment.objects.filter(pk__in=[queue["held"].pk, queue["elsewhere"].pk]).values_list(
            "state", flat=True
        )
    ) == {expected}


def test_approving_and_unapproving_tell_the_cache(
    client, moderator, queue, announced, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/bulk/comments/comment/approve/?id={queue['held'].pk}")
    assert announced == [article.pk]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/bulk/comments/comment/spam/?id={queue['shown'].pk}")
    assert announced == [article.pk, article.pk]


def test_editing_and_deleting_a_visible_comment_tell_the_cache(
    queue, announced, article, django_capture_on_commit_callbacks
):
    shown = Comment.objects.get(pk=queue["shown"].pk)
    with django_capture_on_commit_callbacks(execute=True):
        shown.body = "edited by a moderator"
        shown.save()
    with django_capture_on_commit_callbacks(execute=True):
        shown.delete()
    assert announced == [article.pk, article.pk]


def test_changes_readers_cannot_see_do_not_purge(
    queue, announced, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Comment.objects.filter(pk=queue["held"].pk).moderate("spam")
    assert announced == []


def test_the_moderator_can_edit_the_comment_rules(client, moderator, site_tree):
    response = client.get(
        f"/admin/settings/comments/commentsettings/{site_tree['home'].get_site().pk}/"
    )
    assert response.status_code == 200
    assert "hold every comment" in response.content.decode().lower()


def test_the_moderator_edits_the_trusted_link_domains(client, moderator, site_tree):
    site = site_tree["home"].get_site()
    url = f"/admin/settings/comments/commentsettings/{site.pk}/"
    html = client.get(url).content.decode()
    assert (
        'name="trusted_link_domains"' in html and "wikipedia.org" in html
    )  # the default list, editable
    form = {
        "hold_links": 2,
        "close_after_days": 30,
        "thread_depth": 3,
        "per_page": 50,
        "notify_moderators": "on",
    }
    response = client.post(
        url, {**form, "trusted_link_domains": "wikipedia.org\nlocalpaper.example"}
    )
    assert response.status_code == 302
    rules = spam.Rules.from_settings(CommentSettings.for_site(site))
    assert rules.trusted_sites == {"wikipedia.org", "localpaper.example"}


def test_readers_and_anonymous_users_cannot_see_the_queue(client, queue, django_user_model):
    assert client.get("/admin/comments/").status_code == 302
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "pw"))
    assert client.get("/admin/comments/").status_code in (302, 403)


def test_approving_refreshes_the_count_on_cached_lists(
    client, moderator, queue, article, django_capture_on_commit_callbacks
):
    import re

    from django.test import Client

    reader = Client()  # anonymous: the one the page cache serves
    for url in ("/news/", article.url):
        reader.get(url)
        assert reader.get(url)["X-Cache"] == "HIT", url  # cached before the approval
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/bulk/comments/comment/approve/?id={queue['held'].pk}")
    assert re.search(
        rf'href="{article.url}#comments">2 comments<', reader.get("/news/").content.decode()
    )
    assert "2 Comments" in reader.get(article.url).content.decode()
