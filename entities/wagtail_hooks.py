"""Editors review suggested quotes (confirm, correct the speaker, reject) and entities."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from entities.models import Entity, Quote


class QuoteViewSet(SnippetViewSet):
    model = Quote
    icon = "openquote"
    menu_label = "Quotes"
    list_display = ["text", "speaker", "article", "confidence", "status"]
    list_filter = ["status"]
    panels = [FieldPanel("status"), FieldPanel("speaker"), FieldPanel("text", read_only=True)]


class EntityViewSet(SnippetViewSet):
    model = Entity
    icon = "user"
    menu_label = "People & organisations"
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]


class EntitiesGroup(SnippetViewSetGroup):
    items = (QuoteViewSet, EntityViewSet)
    menu_icon = "openquote"
    menu_label = "Who said what"
    menu_order = 260


register_snippet(EntitiesGroup)
