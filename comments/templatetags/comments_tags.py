from django import template

from comments import plaintext
from comments.forms import CommentForm, render_stamp
from comments.models import Comment, CommentSettings
from comments.threads import is_open, threads

register = template.Library()


@register.filter
def comment_text(body):
    return plaintext.render(body)


@register.inclusion_tag("comments/comment_list.html")
def comment_list(nodes, open_for_replies):
    """The Nodes of threads.threads() as nested lists; replies only where `open_for_replies`."""
    return {"nodes": nodes, "open": open_for_replies}


@register.simple_tag(takes_context=True)
def comment_section(context, article):
    """Everything the article's comment section shows: the same for every reader."""
    request = context.get("request")
    rules = CommentSettings.for_request(request) if request else CommentSettings()
    count, page, nodes = threads(article, 1, rules.per_page, rules.thread_depth)
    return {
        "count": count,
        "page": page,
        "nodes": nodes,
        "open": is_open(article, rules),
        "form": CommentForm(),
        "stamp": render_stamp(article.pk),
    }


@register.simple_tag
def approved_comment_count(article):
    """Uses the count annotated by the listing query when there is one (no query per card)."""
    annotated = getattr(article, "approved_comment_count", None)
    if annotated is not None:
        return annotated
    return Comment.objects.approved().filter(article_id=article.pk).count()
