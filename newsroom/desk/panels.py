"""The Corrections panel of the article's edit screen. Corrections stay outside the page's
revisions (see Correction), so the panel lists them and opens the correction form for this
article, which comes back here once saved, instead of holding them as form fields."""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.panels import Panel


class CorrectionsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "newsroom/admin/corrections_panel.html"

        def is_shown(self):
            return self.request.user.has_perm("newsroom.add_correction")  # editors, admins

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            article = self.instance
            context["corrections"] = list(article.corrections.all()) if article.pk else []
            if article.pk and article.live:
                back = reverse("wagtailadmin_pages:edit", args=[article.pk])
                query = urlencode({"article": article.pk, "next": back})
                context["add_url"] = f"{reverse('wagtailsnippets_newsroom_correction:add')}?{query}"
            return context


# Filled at start-up by an app above newsroom (discovery suggests from the article's text and
# entities): a function of the article, returning an object with `topic`, `votes` and
# `neighbours`, or None. Newsroom imports no other app, so the panel asks this registry.
STORY_LINE_SUGGESTERS = []


class StoryLineHintPanel(Panel):
    """A hint under the story-line field: the story-line the article's nearest published
    articles are in, when it is not the one chosen."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "newsroom/admin/story_line_hint.html"

        def is_shown(self):
            return bool(STORY_LINE_SUGGESTERS) and bool(self.instance.title)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            found = next(filter(None, (s(self.instance) for s in STORY_LINE_SUGGESTERS)), None)
            if found and found.topic.pk != self.instance.topic_id:
                context["suggestion"] = found
            return context
