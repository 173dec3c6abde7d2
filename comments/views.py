"""Reader-facing comment views. None of them is the cached article page: errors, replies
without JavaScript and "awaiting moderation" are small pages of their own, never cached."""

import logging
from datetime import timedelta

from django.core import signing
from django.db import DatabaseError, IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from comments import classifier, flood, spam
from comments.forms import MIN_SECONDS, CommentForm, render_stamp, seconds_since_render
from comments.models import Comment, CommentSettings, commenter_has_approved
from comments.notify import notify_moderators
from comments.origin import same_site_problem
from comments.threads import is_open, page_of, threads
from newsroom.models import ArticlePage

log = logging.getLogger(__name__)
POSTED_SALT = "comments.posted"
REPLAY_WINDOW = timedelta(minutes=10)  # a repeat within this time is a retry, not a new comment


def _published_article(pk):
    try:
        return ArticlePage.objects.published().get(pk=int(pk))
    except (ArticlePage.DoesNotExist, TypeError, ValueError):
        raise Http404("No such article") from None


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
    # Behind a proxy the operator sets REMOTE_ADDR correctly (e.g. granian --forwarded-allow-ips);
    # trusting X-Forwarded-For here would let anyone dodge the flood limit.
    return request.META.get("REMOTE_ADDR") or ""


def learned_score(submission):
    """The learned filter's opinion, or None (rules alone) if it fails: never lose a comment to it."""
    try:
        return classifier.score(submission.body, submission.name, submission.url)
    except Exception:
        log.exception("learned spam filter unavailable; judging by the rules alone")
        return None


def comment_url(comment, rules):
    """Where an approved comment can be read."""
    page = page_of(comment, rules.per_page)
    if page == 1:
        return f"{comment.article.url}#{comment.anchor}"
    return reverse("comments:page", args=[comment.article_id, page]) + f"#{comment.anchor}"


def see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303  # "go and GET this": a reload never re-posts the form
    return response


def _after_post(request, comment, rules):
    if comment.is_approved:
        return see_other(comment_url(comment, rules))
    token = signing.dumps(comment.pk, salt=POSTED_SALT)
    return see_other(reverse("comments:posted", args=[token]) + f"#{comment.anchor}")


@csrf_exempt  # no token in the shared cached page; same_site_problem() checks Origin/Sec-Fetch-Site instead
@never_cache
@require_POST
def post_comment(request):
    try:
        return _post_comment(request)
    except DatabaseError:
        # The database went away mid-request. Whatever was begun was rolled back by the
        # transaction; the reader gets their text back on a page that needs no database.
        log.exception("comment not saved: database error")
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


def _post_comment(request):
    problem = same_site_problem(request)
    if problem:
        return render(request, "comments/forbidden.html", {"reason": problem}, status=403)
    article = _published_article(request.POST.get("article"))
    rules = CommentSettings.for_request(request)
    form = CommentForm(request.POST)
    if not is_open(article, rules):
        return _form_page(
            request,
            article,
            form,
            403,
            "Comments on this article are closed. Your text is below so you can keep it.",
        )
    if not form.is_valid():
        return _form_page(request, article, form, 400, "Please check the fields marked below.")
    data = form.cleaned_data
    parent = None
    if data["parent"]:
        parent = Comment.objects.approved().filter(pk=data["parent"], article=article).first()
        if parent is None:
            form.add_error(
                None,
                "The comment you are replying to is no longer shown; your reply will be posted on its own.",
            )
            return _form_page(request, article, form, 400, "Please check and send again.")
        while parent.depth + 1 >= rules.thread_depth and parent.parent_id:
            parent = parent.parent  # deeper than allowed: reply to the deepest allowed ancestor
    typing, elapsed = data["typing"], seconds_since_render(data["rendered"], article.pk)
    too_fast = (typing is not None and 0 <= typing < MIN_SECONDS) or (
        elapsed is not None and elapsed < MIN_SECONDS
    )
    if too_fast:
        return _form_page(
            request,
            article,
            form,
            400,
            "That was very quick. Please check your comment and send it again.",
            parent,
        )
    if elapsed is None and typing is None:
        form.add_error(None, "The form had expired. Please send it again.")
        return _form_page(request, article, form, 400, "Please send your comment again.", parent)

    ip = client_ip(request)
    fingerprint = Comment.make_fingerprint(article.pk, data["email"], data["comment"])
    if not flood.take_slot(ip, data["email"], fingerprint):
        message = f"You are posting comments too quickly. Please wait {flood.FLOOD_SECONDS} seconds and send it again."
        return _form_page(request, article, form, 429, message, parent)

    submission = spam.Submission(
        body=data["comment"],
        name=data["name"],
        email=data["email"],
        url=data["url"],
        ip=ip,
        first_time=not commenter_has_approved(data["email"]),
    )
    state, reason = spam.judge(
        submission, spam.Rules.from_settings(rules, article), learned_score(submission)
    )
    if data["homepage"]:
        state, reason = spam.SPAM, "filled in the hidden field"
    comment = Comment(
        article=article,
        parent=parent,
        name=data["name"],
        email=data["email"],
        url=data["url"],
        body=data["comment"],
        state=state,
        held_because=reason,
        ip=ip or None,
        user_agent=request.headers.get("User-Agent", "")[:300],
    )
    try:
        with transaction.atomic():
            comment.save()
            if state == spam.PENDING and rules.notify_moderators:
                transaction.on_commit(lambda: notify_moderators(comment.pk))
    except IntegrityError as error:
        log.info("comment refused by a constraint: %s", error)
        existing = Comment.objects.filter(article=article, fingerprint=fingerprint).first()
        if existing and timezone.now() - existing.created_at < REPLAY_WINDOW:
            return _after_post(
                request, existing, rules
            )  # a double-click or a retry: the same outcome again
        flood.release_slot(ip, data["email"], fingerprint)
        form.add_error("comment", "You have already posted exactly this comment here.")
        return _form_page(request, article, form, 400, "Duplicate comment.", parent)
    except DatabaseError:
        flood.release_slot(ip, data["email"], fingerprint)
        raise
    return _after_post(request, comment, rules)


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
        pk = signing.loads(token, salt=POSTED_SALT, max_age=timedelta(days=1))
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
