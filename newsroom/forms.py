"""Admin forms of the newsroom pages: safe slugs, what publishing needs, breaking news."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from newsroom.slugs import validate_news_slug

BREAKING_PERIOD = timedelta(hours=6)


class NewsroomPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            # Replaces Django's unicode-slug check with one whose messages say what is wrong.
            self.fields["slug"].validators = [validate_news_slug]


class ArticlePageForm(NewsroomPageForm):
    mark_breaking = forms.BooleanField(
        required=False,
        label="Breaking news for the next 6 hours",
        help_text="Sets “Breaking until” to six hours from now; the ticker drops the story by itself then.",
    )

    def clean(self):
        cleaned = super().clean()
        if (
            not self.is_deferred_validation
        ):  # publishing or submitting for review, not saving a draft
            self._require_for_publishing(cleaned)
        # The field only exists for users with newsroom.mark_breaking (panel permission).
        if cleaned.get("mark_breaking"):
            cleaned["breaking_until"] = timezone.now() + BREAKING_PERIOD
            self.instance.breaking_until = cleaned["breaking_until"]
        return cleaned

    def _require_for_publishing(self, cleaned):
        missing = {
            "topic": not cleaned.get("topic"),
            "body": not cleaned.get("body"),
            "lead_image_alt": bool(cleaned.get("lead_image"))
            and not (cleaned.get("lead_image_alt") or "").strip(),
        }
        messages = {
            "topic": "Choose a topic: an article cannot be published or sent for review without one.",
            "body": "Write the body: an article cannot be published or sent for review without text.",
            "lead_image_alt": "Describe the lead image (alt text) for readers who cannot see it.",
        }
        for field, is_missing in missing.items():
            if is_missing and field not in self.errors:
                self.add_error(field, messages[field])
