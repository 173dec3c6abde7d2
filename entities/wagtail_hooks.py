"""Editors review suggested quotes and mentions (confirm, correct, reject) and merge entities
that are one person, organisation or place under several names."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from entities.desk import who_gets_quoted
from entities.models import Entity, Mention, Quote
from entities.signals import entities_changed


class QuoteViewSet(SnippetViewSet):
    model = Quote
    icon = "openquote"
    menu_label = "Quotes"
    list_display = ["text", "speaker", "article", "confidence", "status"]
    list_filter = ["status"]
    ordering = "confidence"  # the speakers most likely wrong first: what review is for
    panels = [FieldPanel("status"), FieldPanel("speaker"), FieldPanel("text", read_only=True)]


class MentionViewSet(SnippetViewSet):
    model = Mention
    icon = "tag"
    menu_label = "Mentions"
    list_display = ["entity", "article", "count", "salience", "confidence", "status"]
    list_filter = ["status", "entity__kind"]
    panels = [FieldPanel("status"), FieldPanel("entity"), FieldPanel("count", read_only=True)]


class EntityViewSet(SnippetViewSet):
    model = Entity
    icon = "user"
    menu_label = "People, organisations & places"
    list_display = ["name", "kind", "iso_code", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "match_keys"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("aliases"),
        FieldPanel("same_as"),
        FieldPanel("iso_code"),
        FieldPanel("geonames_id"),
        FieldPanel("slug"),
    ]


class EntitiesGroup(SnippetViewSetGroup):
    items = (QuoteViewSet, MentionViewSet, EntityViewSet)
    menu_icon = "openquote"
    menu_label = "Who said what"
    menu_order = 260


register_snippet(EntitiesGroup)


class MergeForm(forms.Form):
    keep = forms.ChoiceField(
        widget=forms.RadioSelect, label="Keep this one; the others become its aliases"
    )

    def __init__(self, *args, entities=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].choices = [(str(e.pk), f"{e.name} ({e.kind})") for e in entities]


@hooks.register("register_bulk_action")
class MergeBulkAction(SnippetBulkAction):
    """Select the entities that are one, choose the name to keep: quotes and mentions move to
    it and the other names become aliases."""

    display_name = "Merge"
    action_type = "merge"
    aria_label = "Merge the selected entities into one"
    template_name = "entities/admin/confirm_merge.html"
    models = [Entity]
    form_class = MergeForm
    action_priority = 20

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "entities": self.get_actionable_objects()[0]}

    def check_perm(self, entity):
        return self.request.user.has_perm("entities.merge_entity")

    def get_execution_context(self):
        return {"keep": self.cleaned_form.cleaned_data["keep"]}

    @classmethod
    def execute_action(cls, objects, keep=None, **kwargs):
        target = next(e for e in objects if str(e.pk) == keep)
        others = [e for e in objects if e.pk != target.pk]
        for entity in others:
            entity.merge_into(target)
        entities_changed.send(sender=Entity, entities=objects)
        return len(others), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d entity merged.", "%(count)d entities merged.", num_parent_objects
        ) % {"count": num_parent_objects}


@hooks.register("after_edit_snippet")
@hooks.register("after_delete_snippet")
def after_editor_decision(request, instances):
    """A quote or mention confirmed, corrected or rejected, an entity edited or deleted: the
    pages of the entities concerned change."""
    instances = instances if isinstance(instances, list | tuple) else [instances]
    affected = [_entity_of(instance) for instance in instances]
    affected = [entity for entity in affected if entity is not None]
    articles = [i.article for i in instances if isinstance(i, Quote | Mention)]
    if affected or articles:
        entities_changed.send(sender=Entity, entities=affected, articles=articles)


def _entity_of(instance):
    if isinstance(instance, Quote):
        return instance.speaker
    if isinstance(instance, Mention):
        return instance.entity
    return instance if isinstance(instance, Entity) else None


def desk_report(request):
    """Who gets quoted, per topic and month, and the articles that quote no one."""
    if not request.user.has_perm("entities.view_quote"):
        raise PermissionDenied
    return render(request, "entities/admin/who_gets_quoted.html", {"rows": who_gets_quoted()})


@hooks.register("register_admin_urls")
def entities_admin_urls():
    return [path("who-gets-quoted/", desk_report, name="entities_desk_report")]


class EditorsOnly(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("entities.view_quote")


@hooks.register("register_reports_menu_item")
def desk_report_menu_item():
    return EditorsOnly(
        "Who gets quoted", reverse("entities_desk_report"), icon_name="openquote", order=910
    )
