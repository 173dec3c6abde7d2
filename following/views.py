"""Reader-facing views of following, never cached: the follow button on cached pages
is a plain form posting here, without a CSRF token; the POST is checked by its Origin instead
(comments.origin), and every answer to it is the same, so nobody learns who subscribes."""

from functools import wraps

from django.conf import settings
from django.db import transaction
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from comments.origin import same_site_problem
from following.forms import FollowForm, SettingsForm
from following.models import MANAGE_SALT, UNSUBSCRIBE_SALT, Follow, Subscriber
from following.tasks import send_confirmation
from newsroom.views import HttpResponseSeeOther


def private_page(request, template, context=None, status=200):
    """A page for one reader: never cached, not indexed, its signed URL never sent on."""
    response = render(request, template, context or {}, status=status)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


def subscriber_link(salt):
    """A view behind a signed link in our emails: GET shows a page, POST acts. No CSRF token:
    a mail client POSTs from nowhere, with no session (RFC 8058); our own forms' POSTs are
    checked by their Origin where it matters. A bad or stale link gets the invalid-link page."""

    def decorate(view):
        @csrf_exempt
        @never_cache
        @require_http_methods(["GET", "POST"])
        @wraps(view)
        def from_token(request, token):
            subscriber = Subscriber.from_token(token, salt)
            if subscriber is None:
                return private_page(request, "following/link_invalid.html", status=400)
            return view(request, subscriber)

        return from_token

    return decorate


def address_key(group, request):
    return Subscriber.normalise(request.POST.get("email", ""))


def too_many(request):
    """Per client address and per email address (django-ratelimit, counted in the cache)."""
    by_ip = is_ratelimited(
        request, group="following.ip", key="ip", rate=settings.FOLLOWING_RATE_PER_IP, increment=True
    )
    by_address = is_ratelimited(
        request,
        group="following.address",
        key=address_key,
        rate=settings.FOLLOWING_RATE_PER_ADDRESS,
        increment=True,
    )
    return by_ip or by_address


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def follow(request):
    form = FollowForm(request.POST or request.GET or None)
    if request.method == "GET":
        form.is_valid()  # a link to /follow/?kind=topic&target=5 shows what it would follow
        return private_page(request, "following/follow_page.html", {"form": form})
    problem = same_site_problem(request)
    if problem:
        message = f"We could not take this request: {problem}. Please try again from our page."
        return follow_page(request, form, 403, message)
    if not form.is_valid():
        return follow_page(request, form, 400)
    if too_many(request):
        message = "Too many requests from here just now. Please try again in an hour."
        return follow_page(request, form, 429, message)
    data = form.cleaned_data
    subscriber = Subscriber.objects.ask_to_follow(data["email"], data["kind"], data["target"])
    if subscriber is not None:
        transaction.on_commit(lambda: send_confirmation.enqueue(subscriber.pk))
    return HttpResponseSeeOther(reverse("following:check_inbox"))


def follow_page(request, form, status, message=""):
    context = {"form": form, "message": message}
    return private_page(request, "following/follow_page.html", context, status=status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: a mail scanner opening the link confirms nothing."""
    subscriber, signed_at = Subscriber.confirming(token)
    if subscriber is None:
        return private_page(request, "following/link_invalid.html", status=400)
    if request.method == "POST":
        problem = same_site_problem(request)
        if problem:
            context = {"message": f"We could not confirm: {problem}."}
            return private_page(request, "following/confirm_page.html", context, status=403)
        subscriber.confirm(signed_at)
        return HttpResponseSeeOther(reverse("following:manage", args=[subscriber.manage_token()]))
    return private_page(request, "following/confirm_page.html")


@subscriber_link(MANAGE_SALT)
def manage(request, subscriber):
    form = SettingsForm(instance=subscriber)
    if request.method == "POST":
        problem = same_site_problem(request)
        if problem:
            return manage_page(request, subscriber, form, 403, f"Nothing changed: {problem}.")
        action = request.POST.get("action")
        if action == "remove":
            follow_id = request.POST.get("follow", "")
            if follow_id.isdigit():
                subscriber.follows.filter(pk=int(follow_id)).delete()
            return HttpResponseSeeOther(request.path)
        if action == "unsubscribe":
            subscriber.suppress(Subscriber.Suppressed.UNSUBSCRIBED)
            return private_page(request, "following/unsubscribed.html")
        form = SettingsForm(request.POST, instance=subscriber)
        if not form.is_valid():
            return manage_page(request, subscriber, form, 400)
        form.save()
        return HttpResponseSeeOther(request.path + "?saved=1")
    return manage_page(request, subscriber, form, 200)


def manage_page(request, subscriber, form, status, message=""):
    follows = list(subscriber.follows.order_by("kind", "pk"))
    context = {
        "follows": follows,
        "form": form,
        "message": message,
        "saved": "saved" in request.GET,
        "suppressed": subscriber.suppressed_reason,
        "kinds": Follow.Kind,
    }
    return private_page(request, "following/manage_page.html", context, status=status)


@subscriber_link(UNSUBSCRIBE_SALT)
def unsubscribe(request, subscriber):
    if request.method == "POST":
        subscriber.suppress(Subscriber.Suppressed.UNSUBSCRIBED)
        return private_page(request, "following/unsubscribed.html")
    return private_page(request, "following/unsubscribe_page.html")
