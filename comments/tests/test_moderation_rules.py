"""The rules in Settings › Comment rules decide whether a new comment shows, waits or is spam."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from comments.models import Comment, CommentSettings

# The rules on their own; the learned filter beside them is tested in test_learned_filter.py.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rules_alone")]


@pytest.fixture
def rules(site_tree):
    def set_rules(**values):
        CommentSettings.objects.update_or_create(site=site_tree["home"].get_site(), defaults=values)

    return set_rules


def state_after(post, article, **fields):
    post(article, **fields)
    return Comment.objects.order_by("-pk").values_list("state", "held_because").first()


def state_from_another(post, article, email, address, **fields):
    """state_after for a comment by another reader from another address (new to the site, and
    not turned away by the flood limit on one address and email)."""
    return state_after(post, article, email=email, headers={"REMOTE_ADDR": address}, **fields)


def test_hold_all(post, article, rules):
    rules(hold_all=True)
    assert state_after(post, article) == ("pending", "every comment is held")


def test_hold_first_time_commenters_only(post, article, rules):
    rules(hold_first_time=True)
    Comment.objects.create(
        article=article, name="Ada", email="ADA@example.org", body="earlier", state="approved"
    )
    assert state_after(post, article, comment="again")[0] == "approved"
    new = state_from_another(post, article, "new@example.org", "10.1.1.1", comment="new here")
    assert new[0] == "pending"


@pytest.mark.parametrize(
    "fields",
    [
        {"comment": "about the Acme merger"},
        {"name": "ACME fan"},
        {"email": "x@acme.example"},
        {"url": "https://acme.example/"},
    ],
)
def test_hold_words_match_text_name_email_and_url(post, article, rules, fields):
    rules(hold_words="acme\n")
    assert state_after(post, article, **fields) == ("pending", "hold word “acme”")


def test_hold_words_match_the_ip(post, article, rules):
    rules(hold_words="10.9.8.7")
    assert state_after(post, article, headers={"REMOTE_ADDR": "10.9.8.7"})[0] == "pending"


def test_disallowed_words_go_straight_to_spam(post, article, rules):
    rules(disallowed_words="Badword")
    assert state_after(post, article, comment="this has a BADWORD in it") == (
        "spam",
        "disallowed word “badword”",
    )


def test_links_hold_at_the_configured_count(post, article, rules):
    rules(hold_links=3)
    assert (
        state_after(post, article, comment="https://a.example https://b.example")[0] == "approved"
    )
    three = "https://a.example https://b.example https://c.example"
    held = state_from_another(post, article, "b@example.org", "10.1.1.2", comment=three)
    assert held[0] == "pending"


def test_links_to_trusted_domains_are_not_counted_by_default(post, article, rules):
    rules()  # a fresh site's settings
    trusted = "Context: https://en.wikipedia.org/wiki/Flood and https://www.gov.uk/flood-warnings"
    assert state_after(post, article, comment=trusted)[0] == "approved"
    untrusted = "Context: https://blog-one.example/flood and https://blog-two.example/warnings"
    held = state_from_another(post, article, "b@example.org", "10.1.1.3", comment=untrusted)
    assert held == (
        "pending",
        "links to 2 sites the article does not cite and that are not trusted",
    )


def test_the_trusted_domains_setting_takes_effect(post, article, rules):
    two_blogs = "https://blog-one.example/a https://blog-two.example/b"
    rules(trusted_link_domains="blog-one.example\nhttps://www.blog-two.example/")
    assert state_after(post, article, comment=two_blogs)[0] == "approved"
    rules(trusted_link_domains="")  # an emptied list trusts nothing, not even the defaults
    wiki_and_bbc = "https://en.wikipedia.org/wiki/X https://www.bbc.co.uk/news/y"
    held = state_from_another(post, article, "c@example.org", "10.1.1.4", comment=wiki_and_bbc)
    assert held[0] == "pending"


def test_a_premoderated_article_holds_everything(post, make_article):
    sensitive = make_article(
        "Sensitive", comments_policy="premoderated", published_at=timezone.now()
    )
    assert state_after(post, sensitive)[0] == "pending"


def test_comments_close_after_the_configured_days(client, post, make_article, rules):
    rules(close_after_days=30)
    old = make_article("Old news", published_at=timezone.now() - timedelta(days=31))
    assert post(old).status_code == 403
    html = client.get(old.url).content.decode()
    assert "Comments are closed." in html and 'class="comment-form"' not in html
    rules(close_after_days=0)
    assert post(old).status_code == 303


def test_moderators_get_an_email_about_held_comments_without_the_commenters_address(
    post, article, rules, django_user_model, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    moderator = django_user_model.objects.create_user("mod", "mod@windownews.example", "pw")
    moderator.groups.add(Group.objects.get(name="Moderator"))
    rules(hold_all=True)
    with django_capture_on_commit_callbacks(execute=True):
        post(article, comment="Please look at this", email="secret.reader@example.org")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mod@windownews.example"]
    assert "Please look at this" in message.body and "/admin/comments/edit/" in message.body
    assert "secret.reader@example.org" not in message.body + message.subject


def test_no_email_for_an_approved_comment(
    post, article, django_user_model, django_capture_on_commit_callbacks
):
    django_user_model.objects.create_superuser("boss", "boss@windownews.example", "pw")
    with django_capture_on_commit_callbacks(execute=True):
        post(article)
    assert mail.outbox == []


def test_a_reader_linking_the_articles_sources_is_not_held(post, make_article):
    from newsroom.models import ArticleSource

    article = make_article("Sourced", published_at=timezone.now())
    ArticleSource.objects.create(
        article=article, name="Statistics office", url="https://stats.example.org/"
    )
    ArticleSource.objects.create(article=article, name="Wire", url="https://wire.example/story")
    body = (
        "The tables: https://stats.example.org/t42 and the wire copy https://wire.example/story-2"
    )
    assert state_after(post, article, comment=body)[0] == "approved"
    other = "More: https://blog-a.example/x and https://blog-b.example/y"
    held = state_from_another(post, article, "b@example.org", "10.1.1.3", comment=other)
    assert held[0] == "pending"
