"""Admin forms of the newsroom pages: safe slugs, what publishing needs, breaking news."""

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images.fields import WagtailImageField
from wagtail.rich_text import RichText

from newsroom.slugs import validate_news_slug

BREAKING_PERIOD = timedelta(hours=6)


class NewsroomPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            # Replaces Django's unicode-slug check with one whose messages say what is wrong.
            # The slug a page has is kept as it is: an import keeps a post's Unicode slug.
            kept = self.instance.slug if self.instance.pk else None
            self.fields["slug"].validators = [lambda slug: slug == kept or validate_news_slug(slug)]


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
    # Upload and choose in one step, where the chooser takes four (open, tab, file, upload).
    lead_image_file = WagtailImageField(
        required=False,
        label="Or upload a picture",
        help_text="It goes into the image library and becomes the lead image.",
    )
    mark_breaking = forms.BooleanField(
        required=False,
        label="Breaking news for the next 6 hours",
        help_text="Sets “Breaking until” to six hours from now; the ticker drops the story by "
        "itself then.",
    )

    def __init__(self, *args, **kwargs):
        instance = kwargs.get("instance")
        if instance is not None and instance.pk is None and not instance.body:
            # A new article opens on an empty paragraph, ready to type in.
            instance.body = [("paragraph", RichText(""))]
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
        if cleaned.get("lead_image_file"):
            self._store_uploaded_picture(cleaned)
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

    def _store_uploaded_picture(self, cleaned):
        """Keep the upload as a library image and make it the lead image. Stored even when
        another field sends the form back, which then shows it chosen: nothing to upload again."""
        from wagtail.images import get_image_model
        from wagtail.models import Collection
        from wagtail.permissions import policy_registry

        images = policy_registry.get_by_type(get_image_model())
        if not (self.for_user and images.user_has_permission(self.for_user, "add")):
            self.add_error("lead_image_file", "You may choose a picture, not upload one.")
            return
        upload = cleaned["lead_image_file"]
        title = upload.name.rsplit(".", 1)[0].replace("_", " ").replace("-", " ")
        image = get_image_model()(
            title=title[:255] or "Picture",
            file=upload,
            collection=Collection.get_first_root_node(),
            uploaded_by_user=self.for_user,
        )
        try:
            image.save()  # re-encoded by newsroom.images on the way in
        except ValidationError as error:
            self.add_error("lead_image_file", error)
            return
        cleaned["lead_image"] = image
        self.data = self.data.copy()
        self.data[self.add_prefix("lead_image")] = str(image.pk)

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


class ScheduleApprovalForm(forms.Form):
    """The reviewer's "Approve and schedule" dialog (its field is not `go_live_at`: the edit
    screen around it has one already): the go-live time, entered and shown in the
    newsroom's time zone (whatever the reviewer's own), never in the past."""

    schedule_at = forms.DateTimeField(
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    comment = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Comment (optional)"
    )

    def __init__(self, *args, **kwargs):
        from newsroom.desk.clock import newsroom_zone  # the desk reads the models, as above

        super().__init__(*args, **kwargs)
        self.zone = newsroom_zone()
        field = self.fields["schedule_at"]
        field.label = f"Goes live at ({self.zone.key})"
        field.help_text = f"In the newsroom's time zone, {self.zone.key}."
        next_hour = timezone.localtime(timezone.now(), self.zone) + timedelta(hours=1)
        field.initial = f"{next_hour:%Y-%m-%dT%H}:00"

    def full_clean(self):
        # A time without a zone is read in the newsroom's zone, the one the label names.
        with timezone.override(self.zone):
            super().full_clean()

    def clean_schedule_at(self):
        go_live_at = self.cleaned_data["schedule_at"]
        if go_live_at < timezone.now() - GRACE:
            local = timezone.localtime(go_live_at, self.zone)
            raise forms.ValidationError(
                f"{local:%-d %b %Y, %H:%M} ({self.zone.key}) has already passed: choose a time "
                "in the future, or use “Approve” to publish now."
            )
        return go_live_at
