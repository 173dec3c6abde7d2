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


# Every date and time of the article's form, each told which clock it is written in.
TIMES = ["go_live_at", "expire_at", "published_at", "updated_at", "embargo_until", "breaking_until"]
GRACE = timedelta(minutes=1)  # the time it takes to fill the field and press the button


def clock_note():
    """Which clock a time field is written in: the admin's (the user's own zone, else the
    server's), and the newsroom's (its site setting) when that is another one."""
    from newsroom.desk.clock import newsroom_zone  # the desk reads the models, which import this

    zone, newsroom = timezone.get_current_timezone().key, newsroom_zone().key
    note = f"Time zone: {zone}."
    return note if newsroom == zone else f"{note} The newsroom works in {newsroom}."


class ArticlePageForm(NewsroomPageForm):
    mark_breaking = forms.BooleanField(
        required=False,
        label="Breaking news for the next 6 hours",
        help_text="Sets “Breaking until” to six hours from now; the ticker drops the story by "
        "itself then.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in TIMES:
            if name in self.fields:
                field = self.fields[name]
                field.help_text = f"{field.help_text} {clock_note()}".strip()

    def clean_go_live_at(self):
        go_live_at = self.cleaned_data.get("go_live_at")
        if go_live_at and "go_live_at" in self.changed_data and go_live_at < timezone.now() - GRACE:
            local = timezone.localtime(go_live_at)
            raise forms.ValidationError(
                f"{local:%-d %b %Y, %H:%M} ({local.tzinfo.key}) has already passed: choose a "
                "time in the future, or leave it empty to publish as soon as it is approved."
            )
        return go_live_at

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

    def save(self, commit=True):
        article = super().save(commit=False)
        if article.pk is None and self.for_user and not article.article_authors.all():
            # The reporter's own byline by default. Imported here: the models import this form.
            from newsroom.models import ArticleAuthor, Author

            own = Author.for_user(self.for_user)
            article.article_authors.add(ArticleAuthor(author=own, sort_order=0))
        if commit:
            article.save()
        return article

    def _require_for_publishing(self, cleaned):
        missing = {
            "topic": not cleaned.get("topic"),
            "body": not cleaned.get("body"),
            "lead_image_alt": bool(cleaned.get("lead_image"))
            and not (cleaned.get("lead_image_alt") or "").strip(),
        }
        messages = {
            "topic": "Choose a topic: an article cannot be published or sent for review without "
            "one.",
            "body": "Write the body: an article cannot be published or sent for review without "
            "text.",
            "lead_image_alt": "Describe the lead image (alt text) for readers who cannot see it.",
        }
        for field, is_missing in missing.items():
            if is_missing and field not in self.errors:
                self.add_error(field, messages[field])
