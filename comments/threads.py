"""Approved comments of an article as nested threads, oldest first, paginated by thread."""

from dataclasses import dataclass
from datetime import timedelta

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from newsroom.models import CommentsPolicy

# What a reader page may load: never the email, IP or user agent.
PUBLIC_FIELDS = (
    "id",
    "article_id",
    "parent_id",
    "depth",
    "name",
    "url",
    "body",
    "created_at",
    "state",
)


@dataclass
class Node:
    comment: Comment
    has_children: bool
    closes: range  # how many nested lists end after this comment
    can_reply: bool


def approved_comments(article):
    return Comment.objects.approved().filter(article=article).oldest_first().only(*PUBLIC_FIELDS)


def threads(article, page_number=1, per_page=50, max_depth=3):
    """-> (count, Paginator page of top-level comments, flat list of Nodes for that page)."""
    comments = list(approved_comments(article))
    ids = {comment.pk for comment in comments}
    children, roots = {}, []
    for comment in comments:
        # A reply whose parent is not approved (held,
        # spam) shows at the top level rather than vanish.
        (children.setdefault(comment.parent_id, []) if comment.parent_id in ids else roots).append(
            comment
        )
    page = Paginator(roots, max(per_page, 1)).get_page(page_number)
    nodes = []
    for root in page.object_list:
        _flatten(root, children, nodes, 0, max_depth)
    return len(comments), page, nodes


def _flatten(comment, children, nodes, level, max_depth):
    kids = children.get(comment.pk, [])
    node = Node(comment, bool(kids), range(0), level + 1 < max_depth)
    nodes.append(node)
    for kid in kids:
        _flatten(kid, children, nodes, level + 1, max_depth)
    if kids:
        last = nodes[-1]
        last.closes = range(len(last.closes) + 1)


def page_of(comment, per_page=50):
    """The comments page (1-based) on which an approved comment shows."""
    root = comment
    while root.parent_id and root.parent.state == Comment.State.APPROVED:
        root = root.parent
    earlier = (
        Comment.objects.approved()
        .filter(article_id=comment.article_id, parent__isnull=True, created_at__lt=root.created_at)
        .count()
    )
    return earlier // max(per_page, 1) + 1


def comment_url(comment, rules):
    """Where an approved comment can be read: the article itself for the first page."""
    page = page_of(comment, rules.per_page)
    if page == 1:
        return f"{comment.article.url}#{comment.anchor}"
    return reverse("comments:page", args=[comment.article_id, page]) + f"#{comment.anchor}"


def is_open(article, rules, now=None):
    """Comments are open unless the article says closed or it is older than the site allows."""
    if article.comments_policy == CommentsPolicy.CLOSED:
        return False
    days = rules.close_after_days
    published = article.published_at or article.first_published_at
    if days and published:
        return (now or timezone.now()) - published < timedelta(days=days)
    return True
