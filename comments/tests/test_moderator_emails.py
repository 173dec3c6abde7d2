"""Moderators hear about every held comment: a headline with a newline still gives a one-line
subject, and a message that fails is logged as an error and sent again, never dropped."""

import logging
import smtplib

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.utils import timezone

from comments.models import CommentSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rules_alone")]


@pytest.fixture
def moderator_listens(site_tree, django_user_model):
    from django.contrib.auth.models import Group

    moderator = django_user_model.objects.create_user("mod", "mod@windownews.example", "pw")
    moderator.groups.add(Group.objects.get(name="Moderator"))
    CommentSettings.objects.update_or_create(
        site=site_tree["home"].get_site(), defaults={"hold_all": True}
    )


@pytest.mark.usefixtures("moderator_listens")
def test_it_emails_about_a_comment_on_a_headline_with_a_newline(
    post, make_article, django_capture_on_commit_callbacks
):
    article = make_article("Floods reach\nthe capital", published_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert post(article, comment="Held for a look").status_code == 303
    assert len(mail.outbox) == 1
    subject = mail.outbox[0].subject
    assert subject == "Comment awaiting moderation on “Floods reach the capital”"


@pytest.mark.usefixtures("moderator_listens")
def test_it_logs_a_failed_email_as_an_error_and_sends_it_again(
    post, article, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    send, failures = EmailMessage.send, []

    def fail_once(message, *args, **kwargs):
        if not failures:
            failures.append(message.subject)
            raise smtplib.SMTPServerDisconnected("the mail server went away")
        return send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", fail_once)
    with (
        caplog.at_level(logging.ERROR, logger="comments.notify"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert post(article, comment="Held again").status_code == 303
    assert failures, "the first attempt did not fail"
    assert [r.levelno for r in caplog.records if r.name == "comments.notify"] == [logging.ERROR]
    assert len(mail.outbox) == 1  # the retry went out
