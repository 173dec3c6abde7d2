"""Email moderators about a held comment, as a background task (it can wait; the reader can't)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse

MODERATOR_GROUP = "Moderator"


def moderator_addresses():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    moderators = users.filter(Q(groups__name=MODERATOR_GROUP)).distinct()
    if not moderators.exists():
        moderators = users.filter(is_superuser=True)
    return sorted({user.email for user in moderators})


@task
def email_moderators(comment_id):
    from comments.models import Comment

    comment = (
        Comment.objects.select_related("article")
        .filter(pk=comment_id, state=Comment.State.PENDING)
        .first()
    )
    recipients = moderator_addresses()
    if comment is None or not recipients:
        return 0
    context = {
        "comment": comment,
        "queue_url": settings.SITE_URL.rstrip("/")
        + reverse("comments_moderation:list")
        + "?state=pending",
        "edit_url": settings.SITE_URL.rstrip("/")
        + reverse("comments_moderation:edit", args=[comment.pk]),
    }
    # The commenter's email address stays out of the message: moderators see it in the admin.
    message = EmailMessage(
        subject=f"Comment awaiting moderation on “{comment.article.title}”"[:150],
        body=render_to_string("comments/email/held.txt", context),
        to=recipients,
    )
    return message.send(using="default")


def notify_moderators(comment_id):
    email_moderators.enqueue(comment_id)
