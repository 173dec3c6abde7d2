"""Email moderators about a held comment, as a background task (it can wait; the reader can't).

A message that fails (the mail server down, a header it refuses) is logged as an error and
tried again later, ATTEMPTS times in all: never dropped in silence."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment

log = logging.getLogger(__name__)
MODERATOR_GROUP = "Moderator"
ATTEMPTS = 5
RETRY_AFTER = timedelta(minutes=5)


def moderator_addresses():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    moderators = users.filter(Q(groups__name=MODERATOR_GROUP)).distinct()
    if not moderators.exists():
        moderators = users.filter(is_superuser=True)
    return sorted({user.email for user in moderators})


def one_line(text):
    """Header text on one line: a headline may hold a newline, which a mail header may not."""
    return " ".join(text.split())


def held_message(comment, recipients):
    site = settings.SITE_URL.rstrip("/")
    context = {
        "comment": comment,
        "queue_url": f"{site}{reverse('comments_moderation:list')}?state=pending",
        "edit_url": site + reverse("comments_moderation:edit", args=[comment.pk]),
    }
    # The commenter's email address stays out of the message: moderators see it in the admin.
    return EmailMessage(
        subject=one_line(f"Comment awaiting moderation on “{comment.article.title}”")[:150],
        body=render_to_string("comments/email/held.txt", context),
        to=recipients,
    )


@task
def email_moderators(comment_id, attempt=1):
    comment = (
        Comment.objects.select_related("article")
        .filter(pk=comment_id, state=Comment.State.PENDING)
        .first()
    )
    recipients = moderator_addresses()
    if comment is None or not recipients:
        return 0
    try:
        return held_message(comment, recipients).send(using="default")
    except Exception:
        log.exception("moderators not told about comment %s (attempt %s)", comment_id, attempt)
        if attempt < ATTEMPTS:
            retry(comment_id, attempt + 1)
        raise


def retry(comment_id, attempt):
    """Later where a worker runs the tasks; at once where tasks run in the request (the demo)."""
    later = email_moderators
    if later.get_backend().supports_defer:
        later = later.using(run_after=timezone.now() + RETRY_AFTER * attempt)
    later.enqueue(comment_id, attempt)


def notify_moderators(comment_id):
    email_moderators.enqueue(comment_id)
