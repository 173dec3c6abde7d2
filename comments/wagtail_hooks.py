"""The moderation queue in the Wagtail admin: filters, search, bulk approve/spam/trash, and a
menu item with a badge that shows how many comments wait."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from comments.models import Comment
from comments.moderation import (
    CommentPageView,
    QueueView,
    WaitingPanel,
    moderate,
)


def badge_attrs(label, pending):
    """The link attributes that draw the count badge
    (menu-badge.css) and say it to screen readers."""
    if not pending:
        return {}
    return {
        "data-pending-count": "99+" if pending > 99 else str(pending),
        "aria-label": f"{label}, {pending} awaiting moderation",
    }


def with_pending_count(base):
    """A count badge for comments awaiting moderation, like WordPress's bubble. Wagtail 8's
    sidebar renders a menu item from its label and `attrs` alone (no count of its own outside
    sub-menus), so the count goes into the link's attributes and the stylesheet draws it."""

    class PendingCountMenuItem(base):
        def render_component(self, request):
            component = super().render_component(request)
            # A fresh dict: menu item instances, and so self.attrs, are shared by every request.
            component.attrs = {
                **component.attrs,
                **badge_attrs(self.label, Comment.objects.pending().count()),
            }
            return component

    return PendingCountMenuItem


@hooks.register("insert_global_admin_css")
def menu_badge_css():
    return format_html('<link rel="stylesheet" href="{}">', static("comments/menu-badge.css"))


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = "Comments"
    menu_order = 250
    add_to_admin_menu = True
    admin_url_namespace = "comments_moderation"
    base_url_path = "comments"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = QueueView
    inspect_view_class = CommentPageView
    list_display = [  # after the comment itself (moderation.QueueView)
        Column("name", label="Author"),
        Column("article", label="Article"),
        "state",
        Column("held_because", label="Why held"),
        "created_at",
    ]
    list_filter = {"state": ["exact"], "article": ["exact"], "created_at": ["gte", "lte"]}
    # Plain ORM search: comments stay out of the site
    # search index (which would copy emails into it).
    search_backend_name = None
    search_fields = ["body", "name", "email", "url"]
    ordering = ["-created_at"]
    list_per_page = 50
    panels = [
        FieldPanel("state"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("url"),
        FieldPanel("body"),
    ]
    inspect_view_fields = [
        "article",
        "parent",
        "name",
        "email",
        "url",
        "body",
        "state",
        "held_because",
        "created_at",
        "ip",
        "user_agent",
    ]

    @property
    def menu_item_class(self):
        return with_pending_count(super().menu_item_class)

    def get_queryset(self, request):
        return Comment.objects.select_related("article")

    def get_urlpatterns(self):
        one = path("<int:pk>/moderate/<str:state>/", moderate, name="moderate")
        return [*super().get_urlpatterns(), one]


register_snippet(CommentViewSet)


class ModerateBulkAction(SnippetBulkAction):
    """Approve, spam or trash the selected comments; the article pages showing them are purged."""

    models = [Comment]
    state = None
    template_name = "comments/admin/confirm_bulk_moderate.html"

    def check_perm(self, obj):
        return self.request.user.has_perm("comments.change_comment")

    @classmethod
    def execute_action(cls, objects, **kwargs):
        changed = Comment.objects.filter(pk__in=[obj.pk for obj in objects]).moderate(cls.state)
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} comment(s) marked {self.state}."


def moderate_action(state, display_name, aria_label, priority):
    """Register a bulk action at /admin/bulk/comments/comment/<display name, lower case>/."""
    attributes = {
        "state": state,
        "display_name": display_name,
        "action_type": display_name.lower(),
        "aria_label": aria_label,
        "action_priority": priority,
    }
    action = type(f"{display_name}BulkAction", (ModerateBulkAction,), attributes)
    hooks.register("register_bulk_action", action)
    return action


ApproveBulkAction = moderate_action(
    Comment.State.APPROVED, "Approve", "Approve selected comments", 10
)
SpamBulkAction = moderate_action(Comment.State.SPAM, "Spam", "Mark selected comments as spam", 20)
TrashBulkAction = moderate_action(
    Comment.State.TRASH, "Trash", "Move selected comments to the trash", 25
)


@hooks.register("construct_homepage_panels")
def comments_waiting(request, panels):
    if request.user.has_perm("comments.change_comment"):
        panels.append(WaitingPanel())
