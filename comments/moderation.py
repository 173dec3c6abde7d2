"""The moderation queue's own screens: the queue opens on what waits, each row opens the whole
comment, and one comment is approved, marked spam or trashed from its row or its page (where
the keys A, S and T do the same)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import ButtonsColumnMixin, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets import Button
from wagtail.snippets.views.snippets import IndexView, InspectView

from comments.models import Comment

NAMESPACE = "comments_moderation"
SHOWN = 5
# (state, button label, key): what a moderator does to one comment.
DECISIONS = [
    (Comment.State.APPROVED, "Approve", "a"),
    (Comment.State.SPAM, "Spam", "s"),
    (Comment.State.TRASH, "Trash", "t"),
]


def queue_url():
    return f"{reverse(f'{NAMESPACE}:list')}?{urlencode({'state': Comment.State.PENDING})}"


class CommentColumn(ButtonsColumnMixin, TitleColumn):
    """The row's comment, with the row's buttons (approve, spam, trash, more)."""

    def __init__(self, *args, view, **kwargs):
        super().__init__(*args, **kwargs)
        self.view = view  # made per request, with the view deciding the buttons

    def get_buttons(self, instance, parent_context):
        return self.view.get_list_buttons(instance)


def comment_column(view):
    """The comment opens its full page; its id is the one each row's checkbox is described by
    (a plain column had none, so every checkbox's aria-describedby pointed at nothing)."""
    return CommentColumn(
        "excerpt",
        label="Comment",
        get_url=lambda comment: reverse(f"{NAMESPACE}:inspect", args=[quote(comment.pk)]),
        get_title_id=lambda comment: f"snippet_{quote(comment.pk)}_title",
        view=view,
    )


def decision_attrs(comment, state, next_url):
    """A link that POSTs (Wagtail's w-action controller), then comes back to `next_url`."""
    return {
        "data-controller": "w-action",
        "data-action": "w-action#post",
        "data-w-action-url-value": reverse(f"{NAMESPACE}:moderate", args=[comment.pk, state]),
        "data-w-action-next-value": next_url,
    }


class QueueView(IndexView):
    @cached_property
    def columns(self):
        checkbox, *rest = super().columns
        return [checkbox, comment_column(self), *rest]

    def get(self, request, *args, **kwargs):
        if not request.GET and not self.results_only:
            return redirect(queue_url())  # the queue is what waits; "all" is one click away
        return super().get(request, *args, **kwargs)

    def get_list_more_buttons(self, comment):
        buttons = super().get_list_more_buttons(comment)
        if not self.request.user.has_perm("comments.change_comment"):
            return buttons
        here = self.request.get_full_path()
        for priority, (state, label, _) in enumerate(DECISIONS):
            if comment.state != state:
                attrs = decision_attrs(comment, state, here)
                buttons.append(Button(label, "#", attrs=attrs, priority=priority))
        return buttons


class CommentPageView(InspectView):
    """The whole comment, with who sent it (email, IP) and why it was held; decide here."""

    template_name = "comments/admin/inspect_comment.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comment = self.object
        if self.request.user.has_perm("comments.change_comment"):
            context["decisions"] = [
                (reverse(f"{NAMESPACE}:moderate", args=[comment.pk, state]), label, key)
                for state, label, key in DECISIONS
                if comment.state != state
            ]
        context["next_url"] = queue_url()
        return context


@require_POST
def moderate(request, pk, state):
    if not request.user.has_perm("comments.change_comment"):
        raise PermissionDenied
    if state not in Comment.State.values:
        raise Http404
    comment = get_object_or_404(Comment, pk=pk)
    Comment.objects.filter(pk=comment.pk).moderate(state)
    messages.success(request, f"Comment by {comment.name} marked {state}.")
    return redirect(get_valid_next_url_from_request(request) or queue_url())


class WaitingPanel(Component):
    """On the dashboard, for moderators: how many comments wait, the oldest few first."""

    name = "comments_waiting"
    order = 20  # after the newsroom's desk panel
    template_name = "comments/admin/waiting_panel.html"

    def get_context_data(self, parent_context):
        waiting = Comment.objects.pending().select_related("article").order_by("created_at")
        rows = [
            (c.excerpt, reverse(f"{NAMESPACE}:inspect", args=[c.pk]), c.article.title)
            for c in waiting[:SHOWN]
        ]
        return {"count": waiting.count(), "rows": rows, "queue_url": queue_url()}
