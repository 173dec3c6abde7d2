"""Newsroom screens in the Wagtail admin: corrections, and the guard on deleting corrected articles."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsroom.models import ArticlePage, Correction


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


register_snippet(CorrectionViewSet)


@hooks.register("before_delete_page")
def keep_corrections_of_deleted_articles(request, page):
    """Deleting an article would silently delete its corrections; only an administrator may."""
    specific = page.specific
    if isinstance(specific, ArticlePage) and specific.corrections.exists() and not request.user.has_perm("newsroom.delete_correction"):
        messages.error(request, f"“{page.title}” has published corrections; only an administrator can delete it. Unpublish it instead.")
        return redirect(AdminURLFinder(request.user).get_edit_url(page))
    return None
