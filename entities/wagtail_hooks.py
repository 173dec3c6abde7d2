"""Editors review suggested quotes and mentions (confirm, correct, reject) and merge entities
that are one person, organisation or place under several names."""

from django import forms
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from entities.models import Entity, Mention, Quote


class QuoteViewSet(SnippetViewSet):
    model = Quote
    icon = "openquote"
    menu_label = "Quotes"
    list_display = ["text", "speaker", "article", "confidence", "status"]
    list_filter = ["status"]
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
        return len(others), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d entity merged.", "%(count)d entities merged.", num_parent_objects
        ) % {"count": num_parent_objects}
