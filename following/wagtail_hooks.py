"""Following in the Wagtail admin: the desk's followers report, "Publish and notify followers"
for an update or a correction, and subscribers (GDPR export and delete) for administrators."""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from following import alerts, desk
from following.models import Subscriber
from following.signals import enqueue
from newsroom.models import ArticlePage

NOTIFY = "notify-followers"


def desk_view(request):
    return render(request, "following/admin/desk.html", desk.report())


class NotifyFollowersMenuItem(ActionMenuItem):
    """Publishes like "Publish" (same action name) and asks followers to be told of it."""

    label = "Publish and notify followers"
    name = "action-publish"
    template_name = "following/admin/notify_menu_item.html"
    order = 15

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and isinstance(page, ArticlePage)
            and page.live
            and not context["locked_for_user"]
            and self.get_user_page_permissions_tester(context).can_publish()
        )

    def get_context_data(self, parent_context):
        return super().get_context_data(parent_context) | {"value": NOTIFY}


@hooks.register("register_page_action_menu_item")
def notify_followers_menu_item():
    return NotifyFollowersMenuItem()


@hooks.register("after_publish_page")
def notify_followers_of_update(request, page):
    if request.POST.get("action-publish") != NOTIFY or not isinstance(page, ArticlePage):
        return
    edition = alerts.request_update(page, request.user)
    # Scheduled: the go-live publish finds the pending update and announces it then.
    if not (page.go_live_at and page.go_live_at > timezone.now()):
        embargo = page.embargo_until if page.is_embargoed() else None
        transaction.on_commit(partial(enqueue, edition.pk, embargo))


@hooks.register("register_admin_urls")
def following_admin_urls():
    return [
        path("following/", desk_view, name="following_desk"),
        path("following/subscribers/<int:pk>/export/", export_view, name="following_export"),
    ]


@hooks.register("register_reports_menu_item")
def followers_report_menu_item():
    return MenuItem("Followers", reverse("following_desk"), icon_name="mail", order=900)


def export_view(request, pk):
    """A subscriber's data as a JSON file, for a GDPR access request (administrators only)."""
    if not request.user.has_perm("following.view_subscriber"):
        raise PermissionDenied
    subscriber = get_object_or_404(Subscriber, pk=pk)
    response = JsonResponse(subscriber.export(), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="subscriber-{pk}.json"'
    return response


class SubscriberIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        export = ListingButton(
            "Export data (JSON)",
            url=reverse("following_export", args=[instance.pk]),
            icon_name="download",
            priority=30,
        )
        return [*super().get_list_more_buttons(instance), export]


class SubscriberViewSet(ModelViewSet):
    """Needs the following permissions, which only the Administrator role holds: the desk's
    report shows counts, this shows addresses. Delete removes follows and alerts too."""

    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "mail"
    menu_label = "Subscribers"
    add_to_settings_menu = True
    form_fields = ["frequency", "daily_cap", "suppressed_reason"]
    search_fields = ["email"]
    list_filter = ["frequency", "suppressed_reason"]
    list_display = [
        "email",  # a string, so Wagtail makes it the title column that carries the buttons
        DateColumn("created_at", label="Since"),
        DateColumn("confirmed_at", label="Confirmed"),
        Column("frequency"),
        Column("suppressed_reason", label="Suppressed"),
    ]
    copy_view_enabled = False
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("following_subscribers")
