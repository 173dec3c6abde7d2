"""The article list's columns, each cell written with `format_html` in the markup of Wagtail's
own cell templates. Wagtail renders every cell from a template of its own (a context, a
template, an include): at 25 rows of 7 cells, that was a quarter of the list's CPU, ~20 ms a
request at 100,000 articles (profiled in `bench/desk_list.py`'s setting); with these cells
and the filters' plain choices, the list's Python calls fell from 201,000 to 159,000."""

import functools

from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import BulkActionsColumn
from wagtail.models import WorkflowState


@functools.cache
def admin_url_pattern(name, script_prefix):
    """An admin URL with a gap for the id: one reverse() for all rows (~40 µs each)."""
    return reverse(name, args=[0]).replace("/0/", "/{}/")


def edit_url_pattern(script_prefix):
    return admin_url_pattern("wagtailadmin_pages:edit", script_prefix)


MENU_LINK = (
    '<a href="{}"><svg class="icon icon-{} icon" aria-hidden="true"><use href="#icon-{}"></use>'
    "</svg>{}</a>"
)


def row_menu(instance, request):
    """The row's "More" menu in the markup of Wagtail's dropdown (wagtailadmin/shared/dropdown/
    dropdown.html): edit, view live, history. Wagtail's own asks ten buttons' permissions per
    row; these three need none to show (each screen checks its own, as the headline link
    does): the edit and history URLs are patterns, the live URL from the request's site."""
    prefix = get_script_prefix()
    links = [("edit", "Edit", edit_url_pattern(prefix).format(instance.pk))]
    if instance.live and (url := instance.get_url(request)):
        links.append(("doc-empty", "View live", url))
    history = admin_url_pattern("wagtailadmin_pages:history", prefix).format(instance.pk)
    links.append(("history", "History", history))
    return format_html(
        '<ul class="actions"><li><div data-controller="w-dropdown" class="w-dropdown">'
        '<button type="button" class="w-dropdown__toggle w-dropdown__toggle--icon"'
        ' data-w-dropdown-target="toggle" aria-label="More options for \'{}\'">'
        '<svg class="icon icon-dots-horizontal w-dropdown__toggle-icon" aria-hidden="true">'
        '<use href="#icon-dots-horizontal"></use></svg></button>'
        '<div data-w-dropdown-target="content" class="w-dropdown__content" hidden>{}</div>'
        "</div></li></ul>",
        instance.get_admin_display_title(),
        format_html_join("", MENU_LINK, ((url, icon, icon, label) for icon, label, url in links)),
    )


class CheckboxColumn(BulkActionsColumn):
    """The row's checkbox for the bulk actions (wagtailadmin/bulk_actions/
    listing_checkbox_cell.html), described by the row's headline."""

    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td class="bulk-action-checkbox-cell"><input type="checkbox" data-page-status="{}"'
            ' data-object-id="{}" data-bulk-action-checkbox class="bulk-action-checkbox"'
            ' aria-label="Select" aria-describedby="{}"></td>',
            "live" if instance.live else "draft",
            instance.pk,
            self.get_aria_describedby(instance),
        )


class HeadlineColumn(Column):
    """The headline, a link to the edit screen, and the row's "More" menu (`row_menu`).
    Wagtail's page title column adds a menu of ten buttons per row, each asking the row's
    permissions: about half the list's time at 25 rows. The id is what the row's checkbox
    names (`aria-describedby`)."""

    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td class="title"><div class="title-wrapper"><a href="{}"><span id="page_{}_title">'
            "{}</span></a></div>{}</td>",
            edit_url_pattern(get_script_prefix()).format(instance.pk),
            instance.pk,
            instance.get_admin_display_title() or "(blank)",
            row_menu(instance, parent_context.get("request")),
        )


class TextColumn(Column):
    def render_cell_html(self, instance, parent_context):
        return format_html("<td>{}</td>", self.get_value(instance) or "")


class StatusColumn(Column):
    """The status as a tag, without Wagtail's link to the live page (a site lookup per row)."""

    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td><span class="w-status{}"><span class="w-sr-only">Current status:</span> {}'
            "</span></td>",
            " w-status--primary" if instance.live else "",
            self.get_value(instance),
        )


class TimeColumn(Column):
    """The date and time as written, in the admin's time zone (Wagtail's DateColumn says
    "3 days ago" with a tooltip, a few times dearer per row, and no clock a newsroom can
    compare)."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if value is None:
            return format_html("<td>{}</td>", "")
        local = timezone.localtime(value)
        return format_html(
            '<td><time datetime="{}">{}</time></td>',
            local.isoformat(),
            f"{local:%-d %b %Y, %H:%M}",  # as the desk writes times (newsroom.desk.clock)
        )


def byline(article):
    return ", ".join(link.author.name for link in article.article_authors.all())


def desk_status(article):
    """Wagtail's status, with the review's state named: "in review" or "changes requested"
    (from the prefetched workflow states, no query)."""
    state = article.current_workflow_state
    if state is None:
        return article.status_string
    needs_changes = state.status == WorkflowState.STATUS_NEEDS_CHANGES
    return "changes requested" if needs_changes else "in review"
