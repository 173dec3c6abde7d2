"""Newsroom screens in the Wagtail admin: corrections,
and the guard on deleting corrected articles."""

from urllib.parse import urlencode

from django.contrib import messages
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from newsroom.desk.articles import article_listing, explorable_articles, new_article_url
from newsroom.desk.byline import BylinePanel
from newsroom.desk.clock import newsroom_zone
from newsroom.desk.dashboard import DeskPanel
from newsroom.desk.review import ApproveAndScheduleView, rejection_note, schedule_note
from newsroom.desk.tags import tag_views
from newsroom.models import ArticlePage, Correction, NewsIndexPage
from newsroom.page_menus import page_menu_button


class AddCorrectionView(CreateView):
    """The correction form, with the article filled in when it is opened from that article."""

    def get_initial(self):
        initial = super().get_initial()
        if article := _article_named_by(self.request.GET.get("article", "")):
            initial["article"] = article
        return initial

    def get_add_url(self):
        # The form posts to this URL: keep "?article=…&next=…" so saving returns to the article.
        url, query = super().get_add_url(), self.request.GET.urlencode()
        return f"{url}?{query}" if query else url

    def get_success_url(self):
        # Opened from the article's Corrections panel: back to the article.
        return get_valid_next_url_from_request(self.request) or super().get_success_url()


def _article_named_by(value):
    """The article an '?article=' link names, or None for anything that is not one."""
    if not value.isdigit() or int(value) >= 2**63:  # past a 64-bit id SQLite cannot even compare it
        return None
    return ArticlePage.objects.filter(pk=value).first()


class CorrectionViewSet(SnippetViewSet):
    """Editors add corrections (no change/delete permission); administrators may delete one,
    which Wagtail's snippet views record in the audit log with who and when."""

    model = Correction
    icon = "warning"
    menu_label = "Corrections"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["article", "kind", "created_at"]
    list_filter = ["kind"]
    add_view_class = AddCorrectionView


correction_views = CorrectionViewSet()
register_snippet(correction_views)


@page_menu_button(header=55, listing=45)
def add_correction_button(page, user, priority):
    """'Add correction' on a published article, for the
    roles that may add one (editors, administrators)."""
    if not (
        page.live
        and issubclass(page.specific_class, ArticlePage)
        and user.has_perm("newsroom.add_correction")
    ):
        return []
    url = f"{reverse(correction_views.get_url_name('add'))}?{urlencode({'article': page.pk})}"
    return [Button("Add correction", url, icon_name="warning", priority=priority)]


@hooks.register("before_delete_page")
def keep_corrections_of_deleted_articles(request, page):
    """Deleting an article would silently delete its corrections; only an administrator may."""
    specific = page.specific
    if (
        isinstance(specific, ArticlePage)
        and specific.corrections.exists()
        and not request.user.has_perm("newsroom.delete_correction")
    ):
        messages.error(
            request,
            f"“{page.title}” has published corrections; only an administrator can delete it. "
            "Unpublish it instead.",
        )
        return redirect(AdminURLFinder(request.user).get_edit_url(page))
    return None


@hooks.register("register_admin_viewset")
def register_article_list():
    return article_listing


@hooks.register("construct_homepage_panels")
def desk_first(request, panels):
    """The desk panel, for those who write or edit articles (not for moderators alone); a
    reporter's first day, with nothing to list yet, included."""
    if desk_shown(request):
        # The desk's "In review" replaces Wagtail's "Awaiting your review", which asks the
        # database once more per article waiting.
        panels[:] = [panel for panel in panels if panel.name != "workflow_objects_to_moderate"]
        panels.insert(0, DeskPanel())


def desk_shown(request):
    if not hasattr(request, "_desk_shown"):
        user = request.user
        request._desk_shown = bool(new_article_url(user) or explorable_articles(user).exists())
    return request._desk_shown


@hooks.register("construct_homepage_summary_items", order=100)  # after Wagtail adds it
def no_page_count_on_the_desk(request, items):
    """The desk counts what needs doing; Wagtail's "N pages" counts all 100,000 rows for it
    (60-100 ms on PostgreSQL), so it goes where the desk is shown."""
    if desk_shown(request):
        items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]


@hooks.register("insert_global_admin_css")
def desk_css():
    return format_html('<link rel="stylesheet" href="{}">', static("newsroom/desk.css"))


@hooks.register("insert_editor_js")
def headline_count_js():
    return format_html('<script defer src="{}"></script>', static("newsroom/headline-count.js"))


@hooks.register("before_edit_page")
def show_what_the_editor_asked(request, page):
    """The editor's request for changes and the approved schedule, on top of the article."""
    if request.method != "GET":
        return
    zone = newsroom_zone(request)
    if note := rejection_note(page, zone):
        messages.warning(request, note)
    if note := schedule_note(page, zone):
        messages.info(request, note)


@hooks.register("before_edit_page")
def no_workflow_action_from_autosave(request, page):
    """Wagtail 8's autosave posts the edit form in the background. Once a workflow dialog has
    put its hidden fields into the form to submit it with the action, an autosave fired in
    that moment carried them too, and the action ran twice at once (a 500, or a draft saved
    over the approval: the browser cycle's server log showed both posts). An autosave (a
    request that does not take HTML) never performs a workflow action."""
    acting = request.method == "POST" and request.POST.get("action-workflow-action")
    if acting and not request.accepts("text/html"):
        return JsonResponse(
            {
                "success": False,
                "error_code": "workflow_action_pending",
                "error_message": "Not saved in the background: a review action is being sent.",
            },
            status=409,
        )
    return None


@hooks.register("register_admin_urls")
def approve_and_schedule_url():
    return [
        path(
            "desk/approve-and-schedule/<int:page_id>/<int:task_state_id>/",
            ApproveAndScheduleView.as_view(),
            name="newsroom_approve_schedule",
        )
    ]


@hooks.register("construct_page_chooser_queryset")
def newest_articles_first(pages, request):
    """Browsing the news section to choose an article (for a correction, the lead story):
    newest first, where Wagtail lists the tree's order, oldest first."""
    parent_id = request.resolver_match.kwargs.get("parent_page_id")
    if parent_id and NewsIndexPage.objects.filter(pk=parent_id).exists():
        return pages.order_by(F("latest_revision_created_at").desc(nulls_last=True), "-pk")
    return pages


@hooks.register("register_admin_viewset")
def register_tag_hygiene():
    return tag_views


@hooks.register("construct_page_action_menu")
def submit_for_review_first(menu_items, request, context):
    """For a writer who cannot publish, "Submit for review" is the main button (Wagtail's is
    "Save draft", one menu deeper than what a reporter does with nearly every article)."""
    names = [item.name for item in menu_items]
    if "action-submit" in names and "action-publish" not in names:
        menu_items.insert(0, menu_items.pop(names.index("action-submit")))


@hooks.register("register_account_settings_panel")
def your_byline(request, user, profile):
    return BylinePanel(request, user, profile)
