"""Posting a reader's comment: the workflow behind POST /comments/post/.

The form tells people from bots by behaviour (too fast: refused; a filled-in honeypot: noted
as `is_bot`); here it is validated, the comment judged (the honeypot makes it spam unread),
saved once, and the reader is sent where it can be read. "Accepted" means
committed (DESIGN.md): once the row is committed, nothing after it (working out its page, the
page-cache purge, the moderators' email) may turn the answer into a failure.
"""

import logging
from datetime import timedelta

from django.core import signing
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from comments import classifier, flood, spam
from comments.models import Comment, after_commit, commenter_has_approved
from comments.notify import notify_moderators
from comments.threads import comment_url

log = logging.getLogger(__name__)
POSTED_SALT = "comments.posted"
FIELDS_WRONG = "Please check the fields marked below."
REPLAY_WINDOW = timedelta(minutes=10)  # a repeat within this time is a retry, not a new comment


class Refused(Exception):
    """The form goes back to the reader, filled in, with `message` and this HTTP status."""

    def __init__(self, status, message, parent=None):
        super().__init__(message)
        self.status, self.message, self.parent = status, message, parent


def post(form, article, rules, *, ip, user_agent):
    """-> the URL where the reader sees their comment (or that it awaits moderation). Raises
    Refused, or DatabaseError when nothing was saved."""
    if not form.is_valid():
        fields = any(form.errors.get(name) for name in form.fields)
        raise Refused(
            400, FIELDS_WRONG if fields else "Please check your comment and send it again."
        )
    data = form.cleaned_data
    parent = reply_target(form, article, rules)
    comment = Comment(
        article=article,
        parent=parent,
        name=data["name"],
        email=data["email"],
        url=data["url"],
        body=data["comment"],
        ip=ip or None,
        user_agent=user_agent[:300],
    )
    fingerprint = Comment.make_fingerprint(article.pk, comment.email, comment.body)
    if not flood.take_slot(ip, comment.email, fingerprint):
        wait = f"Please wait {flood.FLOOD_SECONDS} seconds and send it again."
        raise Refused(429, f"You are posting comments too quickly. {wait}", parent)
    comment.state, comment.held_because = judge(form, comment, article, rules)
    fallback = article.url  # worked out now, while the database surely answers
    try:
        comment = save_once(comment, form, rules.notify_moderators)
    except (Refused, DatabaseError):
        flood.release_slot(ip, comment.email, fingerprint)
        raise
    return where_to_read(comment, rules, fallback)


def reply_target(form, article, rules):
    """The comment a reply answers, or None; a reply deeper than the site allows answers the
    deepest allowed ancestor instead."""
    parent_id = form.cleaned_data["parent"]
    if not parent_id:
        return None
    parent = Comment.objects.approved().filter(pk=parent_id, article=article).first()
    if parent is None:
        form.add_error(
            None,
            "The comment you are replying to is no longer shown; "
            "your reply will be posted on its own.",
        )
        raise Refused(400, "Please check and send again.")
    while parent.depth + 1 >= rules.thread_depth and parent.parent_id:
        parent = parent.parent
    return parent


def judge(form, comment, article, rules):
    """-> (state, reason). A filled-in honeypot is spam without reading a word."""
    if form.is_bot:
        return spam.State.SPAM, spam.Reason.HONEYPOT
    submission = spam.Submission(
        body=comment.body,
        name=comment.name,
        email=comment.email,
        url=comment.url,
        ip=comment.ip or "",
        first_time=not commenter_has_approved(comment.email),
    )
    site_rules = spam.Rules.from_settings(rules, article)
    return spam.judge(submission, site_rules, learned_score(submission))


def learned_score(submission):
    """The learned filter's opinion, or None (rules alone) if it fails: never lose a comment
    to it."""
    try:
        return classifier.score(submission.body, submission.name, submission.url)
    except Exception:
        log.exception("learned spam filter unavailable; judging by the rules alone")
        return None


def save_once(comment, form, notify):
    """-> the committed comment: this one, or the same one sent a moment ago (a double-click,
    a retry after an error). Raises Refused for an older exact repeat."""
    try:
        with transaction.atomic():
            comment.save()
            if comment.state == spam.State.PENDING and notify:
                after_commit(lambda: notify_moderators(comment.pk))
    except IntegrityError as error:
        log.info("comment refused by a constraint: %s", error)
        earlier = committed_copy(comment)
        if earlier and timezone.now() - earlier.created_at < REPLAY_WINDOW:
            return earlier
        form.add_error("comment", "You have already posted exactly this comment here.")
        raise Refused(400, "Duplicate comment.", comment.parent) from None
    except DatabaseError:
        # The connection died. If it died after the COMMIT reached the server, the comment is
        # saved and the reader must be told so: ask the database again on a new connection.
        connection.close()
        earlier = committed_copy(comment)
        if earlier is None:
            raise
        log.warning("comment %s was committed before the connection died", earlier.pk)
        return earlier
    return read_back(comment)


def read_back(comment):
    """The comment as the database holds it, committed; else DatabaseError. Under backends
    killed 8 times in 200 concurrent posts, 2 of 194 commits that raised nothing left no row
    (bench/comment_durability.py): one indexed read makes the answer the database's."""
    try:
        if Comment.objects.filter(pk=comment.pk).exists():
            return comment
    except DatabaseError:
        connection.close()
        earlier = committed_copy(comment)
        if earlier is not None:
            return earlier
    raise DatabaseError(f"comment {comment.pk} is not in the table after its commit")


def committed_copy(comment):
    fingerprint = comment.make_fingerprint(comment.article_id, comment.email, comment.body)
    copies = Comment.objects.filter(article_id=comment.article_id, fingerprint=fingerprint)
    return copies.select_related("article").first()


def where_to_read(comment, rules, article_url):
    """The comment where it shows, or the reader's own confirmation while it awaits moderation.
    The comment is committed: if its page cannot be worked out (the database gone again), the
    article with the comment's anchor still says truthfully that it was posted."""
    if not comment.is_approved:
        token = signing.dumps(comment.pk, salt=POSTED_SALT)
        return reverse("comments:posted", args=[token]) + f"#{comment.anchor}"
    try:
        return comment_url(comment, rules)
    except Exception:
        log.exception("comment %s posted; its page unknown, sent to the article", comment.pk)
        return f"{article_url}#{comment.anchor}"
