"""Reader-facing comment views. None of them is the cached article page: errors, replies
without JavaScript and "awaiting moderation" are small pages of their own, never cached."""

import logging
from datetime import timedelta

from django.core import signing
from django.db import DatabaseError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from comments import posting
from comments.forms import MAX_ID, CommentForm, render_stamp
from comments.models import Comment, CommentSettings
from comments.origin import same_site_problem
from comments.threads import comment_url, is_open, threads
from newsroom.models import ArticlePage
from newsroom.views import HttpResponseSeeOther

log = logging.getLogger(__name__)


def _published_article(pk):
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404("No such article") from None
    if not 0 < pk <= MAX_ID:  # SQLite cannot even compare a larger number: no such article
        raise Http404("No such article")
    return get_object_or_404(ArticlePage.objects.published(), pk=pk)


def _form_page(request, article, form, status, message="", parent=None):
    """The form again with everything the reader typed and the reason beside the field."""
    context = {
        "article": article,
        "form": form,
        "message": message,
        "parent": parent,
        "stamp": render_stamp(article.pk),
    }
    return render(request, "comments/form_page.html", context, status=status)


def client_ip(request):
    # The socket's address, or the reader's behind NUM_PROXIES proxies (set by
    # windownews.client_address); X-Forwarded-For as sent would let anyone dodge the flood limit.
    return request.META.get("REMOTE_ADDR") or ""


# No token in the shared cached page; same_site_problem() checks Origin/Sec-Fetch-Site instead.
@csrf_exempt
@never_cache
@require_POST
def post_comment(request):
    try:
        return _post_comment(request)
    except DatabaseError:
        # The database went away before the comment was committed (posting.save_once checks):
        # nothing was saved. The reader gets their text back on a page that needs no database.
        log.exception("comment not saved: database error")
        return _unavailable(request)


def _post_comment(request):
    problem = same_site_problem(request)
    if problem:
        return render(request, "comments/forbidden.html", {"reason": problem}, status=403)
    article = _published_article(request.POST.get("article"))
    rules = CommentSettings.for_request(request)
    form = CommentForm(request.POST, article_id=article.pk)
    if not is_open(article, rules):
        closed = "Comments on this article are closed. Your text is below so you can keep it."
        return _form_page(request, article, form, 403, closed)
    user_agent = request.headers.get("User-Agent", "")
    try:
        url = posting.post(form, article, rules, ip=client_ip(request), user_agent=user_agent)
    except posting.Refused as refusal:
        return _form_page(request, article, form, refusal.status, refusal.message, refusal.parent)
    return HttpResponseSeeOther(url)


def _unavailable(request):
    try:
        article_id = int(request.POST.get("article", ""))
    except ValueError:
        article_id = None
    context = {
        "form": CommentForm(request.POST),
        "article_id": article_id,
        "stamp": render_stamp(article_id) if article_id else "",
    }
    return HttpResponse(render_to_string("comments/unavailable.html", context), status=503)


@never_cache
@require_GET
def reply(request, pk):
    """Reply without JavaScript: the comment and a form that answers it, on a page of its own so
    the cached article page is never varied by a query string."""
    parent = get_object_or_404(Comment.objects.approved().select_related("article"), pk=pk)
    article = _published_article(parent.article_id)
    rules = CommentSettings.for_request(request)
    if not is_open(article, rules):
        return redirect(comment_url(parent, rules))
    form = CommentForm(initial={"parent": parent.pk})
    context = {
        "article": article,
        "form": form,
        "parent": parent,
        "stamp": render_stamp(article.pk),
    }
    return render(request, "comments/form_page.html", context)


@never_cache
@require_GET
def posted(request, token):
    """The reader's own confirmation: their comment and whether it is awaiting moderation."""
    try:
        pk = signing.loads(token, salt=posting.POSTED_SALT, max_age=timedelta(days=1))
    except signing.BadSignature:
        raise Http404("This confirmation link has expired.") from None
    comment = get_object_or_404(
        Comment.objects.select_related("article").exclude(state=Comment.State.TRASH), pk=pk
    )
    rules = CommentSettings.for_request(request)
    context = {"comment": comment, "article": comment.article, "held": not comment.is_approved}
    if comment.is_approved:
        context["comment_url"] = comment_url(comment, rules)
    return render(request, "comments/posted.html", context)


@require_GET
def article_page(request, article_id, page):
    """Comments past the first page; the first page is part of the article itself."""
    article = _published_article(article_id)
    rules = CommentSettings.for_request(request)
    count, page_obj, nodes = threads(article, page, rules.per_page, rules.thread_depth)
    if page_obj.number != page:
        raise Http404("No such page of comments")
    context = {
        "article": article,
        "count": count,
        "page_obj": page_obj,
        "nodes": nodes,
        "open": is_open(article, rules),
    }
    return render(request, "comments/page.html", context)
