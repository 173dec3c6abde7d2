"""A post's comments: threads, approval state, name, website and date kept; the commenter's
email and IP stored for moderation only, exactly like a comment posted on our site."""

import ipaddress
import re

from django.contrib.contenttypes.models import ContentType

from comments.models import Comment
from ingest.models import WordPressItem
from ingest.wordpress.dates import gmt, usable
from ingest.wordpress.plaintext import comment_text, plain
from ingest.wordpress.report import Report

STATES = {
    "1": Comment.State.APPROVED,
    "approve": Comment.State.APPROVED,
    "0": Comment.State.PENDING,
    "hold": Comment.State.PENDING,
    "spam": Comment.State.SPAM,
    "trash": Comment.State.TRASH,
}
BODY_LIMIT = 10_000
READER_TYPES = {"", "comment"}
OTHER_TYPES = {
    "pingback": "a pingback (another site's automatic notice of a link), not a reader's comment",
    "trackback": "a trackback (another site's notice of a link), not a reader's comment",
}
HIDDEN = "[email address hidden]"


def refusal(data):
    """Why a <wp:comment> is not a reader's comment we keep, or ''."""
    kind = data.get("wp:comment_type", "").strip().lower()
    if kind in READER_TYPES:
        return ""
    return OTHER_TYPES.get(kind, f"comment type '{kind}' is not a reader's comment")


def parents_first(comments):
    """Order a thread so every parent comes before its replies (exports needn't)."""
    ids = {c.get("wp:comment_id") for c in comments}
    placed, ordered, rest = set(), [], list(comments)
    while rest:
        ready = [
            c
            for c in rest
            if c.get("wp:comment_parent", "0") in placed
            or c.get("wp:comment_parent", "0") not in ids
        ]
        ready = ready or rest  # a loop of parents: break it rather than stop
        for comment in ready:
            placed.add(comment.get("wp:comment_id"))
            ordered.append(comment)
        rest = [c for c in rest if c.get("wp:comment_id") not in placed]
    return ordered


def valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def import_comments(article, item, report: Report, new=False):
    """New comments are inserted in batches (a reply waits for its parent's batch), updated
    ones saved one by one; a comment and its mapping row share the post's transaction.
    new: the post was just created, so none of its comments can be known yet."""
    known = {
        row.wp_id: row.object_id
        for row in (
            [] if new else WordPressItem.objects.filter(kind="comment", parent_wp_id=item.wp_id)
        )
    }
    existing = Comment.objects.in_bulk(known.values())
    batch = Batch(article, item.wp_id)
    seen = set()
    for data in parents_first(item.comments):
        wp_id = data.get("wp:comment_id", "")
        reason = refusal(data)
        if reason:
            report.skip("comments", wp_id, "", reason)
            continue
        comment = existing.get(known.get(wp_id)) or Comment(article=article)
        if data.get("wp:comment_parent", "0") in batch.waiting:
            batch.flush()
        fill(comment, data, batch.saved)
        comment.fingerprint = Comment.make_fingerprint(article.pk, comment.email, comment.body)
        if comment.fingerprint in seen:
            report.skip("comments", wp_id, comment.name, "the same text by the same email twice")
            continue
        seen.add(comment.fingerprint)
        if comment.pk is None:
            batch.add(wp_id, comment)
            report.count("comments", "imported")
        else:
            comment.save()
            batch.saved[wp_id] = comment
            report.count("comments", "updated")
    batch.flush()


class Batch:
    def __init__(self, article, post_wp_id):
        self.article, self.post_wp_id = article, post_wp_id
        self.waiting, self.saved = {}, {}

    def add(self, wp_id, comment):
        comment.depth = comment.parent.depth + 1 if comment.parent else 0
        self.waiting[wp_id] = comment

    def flush(self):
        if not self.waiting:
            return
        Comment.objects.bulk_create(self.waiting.values())
        comment_type = ContentType.objects.get_for_model(Comment)
        WordPressItem.objects.bulk_create(
            WordPressItem(
                kind="comment",
                wp_id=wp_id,
                parent_wp_id=self.post_wp_id,
                content_type=comment_type,
                object_id=comment.pk,
            )
            for wp_id, comment in self.waiting.items()
        )
        self.saved.update(self.waiting)
        self.waiting = {}


def fill(comment, data, by_wp_id):
    email = data.get("wp:comment_author_email", "").strip()[:254]
    comment.email = email
    name = hide(plain(data.get("wp:comment_author", "")), email)
    comment.name = (name if name != HIDDEN else "")[:100] or "Anonymous"
    url = data.get("wp:comment_author_url", "").strip()
    comment.url = url[:200] if url.startswith(("http://", "https://")) else ""
    # WordPress keeps a comment as HTML (<br />, links, entities); ours is plain text.
    body = comment_text(data.get("wp:comment_content", "")[: BODY_LIMIT * 4])
    comment.body = hide(body, email)[:BODY_LIMIT]
    comment.state = STATES.get(data.get("wp:comment_approved", "0"), Comment.State.PENDING)
    comment.ip = valid_ip(data.get("wp:comment_author_IP", ""))
    dates = (data.get("wp:comment_date_gmt", ""), data.get("wp:comment_date", ""))
    when = next((gmt(value) for value in dates if usable(value)), None)
    comment.created_at = when or comment.created_at
    comment.parent = by_wp_id.get(data.get("wp:comment_parent", "0"))
    comment.held_because = "imported from WordPress" if comment.state != "approved" else ""


def hide(text, email):
    """The commenter's own address, typed into their name or text, is not shown to readers
    (their email never is, whatever field it went into)."""
    if not email or "@" not in email or email.lower() not in text.lower():
        return text
    return re.sub(re.escape(email), HIDDEN, text, flags=re.I)
