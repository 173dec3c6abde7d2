"""The review on the desk: what it left for the writer (the editor's request for changes, on
top of the editor), what approving will do, and "Approve and schedule" as a plain form."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from wagtail.admin.templatetags.wagtailadmin_tags import user_display_name
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import TaskState, WorkflowState

from newsroom.desk.clock import newsroom_time, newsroom_zone

APPROVE_AND_SCHEDULE = "approve_schedule"


def rejection_note(page, zone):
    """'Changes requested by Olena Editor (Sat 5 Dec 2026, 14:30 Europe/Kyiv): “…”', or None."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    who = user_display_name(task_state.finished_by) if task_state.finished_by else "an editor"
    note = f"Changes requested by {who} ({newsroom_time(task_state.finished_at, zone)})"
    comment = task_state.get_comment()
    return f"{note}: “{comment}”" if comment else f"{note}."


def schedule_note(page, zone):
    """For the reviewer: approving a draft that carries a go-live time schedules it, not
    publishes it now; say when it will go live."""
    if not page.workflow_in_progress:
        return None
    go_live_at = page.get_latest_revision_as_object().go_live_at
    if go_live_at is None or go_live_at <= timezone.now():
        return None
    return f"Approve and schedule: once approved, it goes live {newsroom_time(go_live_at, zone)}."


class ApproveAndScheduleView(WorkflowActionView):
    """Where the "Approve and schedule" dialog's button posts when Wagtail's modal script has
    not taken the form over (pressed as the dialog appears, or with no script at all): it
    approves and schedules, or says why not, and goes back to the article. Wagtail's own
    view would answer such a post with JSON (the edit screen's data collector) or, given a
    time in the past, go back saying nothing."""

    http_method_names = ["post"]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, action_name=APPROVE_AND_SCHEDULE, **kwargs)

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST)
        if not form.is_valid():
            for error in form.errors.values():
                messages.error(request, f"Not approved: {' '.join(error)}")
            return redirect(self.redirect_url)
        response = super().post(request, *args, **kwargs)
        when = newsroom_time(form.cleaned_data["schedule_at"], newsroom_zone(request))
        messages.success(request, f"“{self.object.title}” approved: it goes live {when}.")
        return response
