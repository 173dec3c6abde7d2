"""Live coverage: a page that grows by entries while a story breaks.

Entries are rows of their own, not revisions of the page: posting one must not republish the
page, and a live page can gather thousands. Every change to an entry (posted, edited, pinned,
deleted) takes the page's next change number, its *cursor*; readers' browsers ask for the
changes after the cursor they have, so one small query answers them, and a past cursor's
answer never needs to be computed again.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, Site

from live import structured_data
from live.blocks import LiveEntryBlock
from newsroom.listing import paginate
from newsroom.models import PreviewNeverCached, PublishedPageQuerySet, optional_link

ENTRIES_PER_PAGE = 20
BATCH = 20  # changes per answer to a poll; a full batch is final and cached for long


class LivePageQuerySet(PublishedPageQuerySet):
    def running(self):
        """Published live pages whose coverage is on (live or paused), newest first."""
        return (
            self.published()
            .exclude(state=LivePage.State.ENDED)
            .select_related("topic")
            .order_by("-first_published_at")
        )


class LivePage(PreviewNeverCached, Page):
    class State(models.TextChoices):
        LIVE = "live"
        PAUSED = "paused"
        ENDED = "ended"

    topic = optional_link(
        "newsroom.TopicPage",
        related_name="live_pages",
        help_text="The story-line; shown as the kicker and on its page with a LIVE label.",
    )
    standfirst = models.TextField(max_length=500, blank=True)
    key_points = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text="What readers must know now, kept up to date at the top of the page.",
    )
    state = models.CharField(max_length=8, choices=State.choices, default=State.LIVE)
    coverage_start = models.DateTimeField(null=True, blank=True)
    coverage_end = models.DateTimeField(null=True, blank=True)
    reporters_may_post = models.BooleanField(
        default=True, help_text="Off: only editors post entries."
    )
    cursor = models.PositiveBigIntegerField(default=0, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("topic"),
        FieldPanel("standfirst"),
        FieldPanel("key_points"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("state"),
                FieldRowPanel([FieldPanel("coverage_start"), FieldPanel("coverage_end")]),
                FieldPanel("reporters_may_post"),
            ],
            heading="Coverage",
        )
    ]
    parent_page_types = ["newsroom.NewsIndexPage"]
    subpage_types = []
    objects = PageManager.from_queryset(LivePageQuerySet)()

    class Meta:
        verbose_name = "live page"

    def with_content_json(self, content):
        # The cursor belongs to the entries, not to a revision: publishing a revision must
        # never wind it back, or two changes would share a number.
        page = super().with_content_json(content)
        page.cursor = self.cursor
        return page

    @property
    def is_live(self):
        return self.state == self.State.LIVE

    def visible_entries(self):
        return self.entries.visible().select_related("author")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = self.visible_entries()
        context["pinned"] = list(entries.filter(pinned=True).order_by("-posted_at", "-pk"))
        timeline = entries.filter(pinned=False).order_by("-posted_at", "-pk")  # pinned: once, above
        context["entries"] = paginate(request, timeline, ENTRIES_PER_PAGE)
        context["poll_seconds"] = self.poll_seconds()
        shown = [*context["pinned"], *context["entries"]]
        site = Site.find_for_request(request)
        site_name = (site and site.site_name) or settings.WAGTAIL_SITE_NAME
        context["live_blog"] = structured_data.live_blog(self, shown, site_name)
        return context

    def poll_seconds(self):
        """How long browsers wait between polls; 0 stops them (an ended page, the kill switch)."""
        if self.state == self.State.ENDED:
            return 0
        seconds = settings.LIVE_POLL_SECONDS
        return seconds * 3 if seconds and self.state == self.State.PAUSED else seconds

    def changes_since(self, cursor):
        """(entries changed after `cursor`, the cursor to ask from next, whether that is final).

        At most BATCH entries: when there were more, the answer is final (the next cursor is
        the last entry's change number and later changes go to the next question)."""
        changed = list(
            self.entries.filter(seq__gt=cursor).select_related("author").order_by("seq")[:BATCH]
        )
        if len(changed) == BATCH:
            return changed, changed[-1].seq, True
        if cursor > self.cursor:  # a cursor from nowhere: start again from where we are
            return changed, self.cursor, False
        return changed, max([self.cursor, *(entry.seq for entry in changed)]), False

    def since_url(self, cursor):
        return reverse("live-since", args=[self.pk, cursor])

    def feed_url(self):
        return reverse("live-feed-atom", args=[self.slug])


class LiveEntryQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(deleted_at__isnull=True)


class LiveEntry(models.Model):
    page = models.ForeignKey(LivePage, on_delete=models.CASCADE, related_name="entries")
    body = StreamField(LiveEntryBlock())
    posted_at = models.DateTimeField(default=timezone.now, db_index=True)
    author = optional_link("newsroom.Author", related_name="+")
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    pinned = models.BooleanField(default=False)
    licence = optional_link(
        "newsroom.Licence",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="For text taken from elsewhere: how it must be credited.",
    )
    source_url = models.URLField(max_length=500, blank=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    seq = models.PositiveBigIntegerField(default=0, editable=False)

    objects = LiveEntryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "live entries"
        indexes = [
            models.Index(fields=["page", "seq"]),
            models.Index(fields=["page", "posted_at"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["page", "seq"], name="live_entry_one_change_number")
        ]

    def __str__(self):
        return f"{self.page.title} · {self.posted_at:%H:%M}"

    @property
    def anchor(self):
        return f"entry-{self.pk}"

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    def credit(self):
        return self.licence.credit(self.source_url) if self.licence_id else ""

    def credit_text(self):
        return self.licence.credit_text(self.source_url) if self.licence_id else ""

    def text(self):
        """Plain text of the entry: for the feed's summary and the JSON-LD."""
        from django.utils.html import strip_tags

        parts = []
        for block in self.body:
            if block.block_type == "paragraph":
                parts.append(strip_tags(block.value.source))
            elif block.block_type == "quote":
                parts.append(f"“{block.value['text']}” – {block.value['speaker']}")
        return "\n\n".join(part.strip() for part in parts if part.strip())

    def clean(self):
        if self.posted_at and self.posted_at > timezone.now() + timezone.timedelta(minutes=1):
            raise ValidationError({"posted_at": "An entry cannot be dated in the future."})

    def record(self, action, user):
        """Take the page's next change number and keep this version in the entry's history.

        The page row is locked for the increment, so two editors posting at once get two
        numbers and no reader's cursor can skip a change; the highest number an entry holds
        is counted too, in case a page save wrote back an older cursor."""
        with transaction.atomic():
            locked = LivePage.objects.select_for_update().only("cursor").get(pk=self.page_id)
            highest = self.page.entries.aggregate(highest=Max("seq"))["highest"] or 0
            self.seq = max(locked.cursor, highest) + 1
            LivePage.objects.filter(pk=self.page_id).update(cursor=self.seq)
            self.save()
            LiveEntryRevision.objects.create(
                entry=self, action=action, body=self.body.get_prep_value(), user=user
            )
        self.page.cursor = self.seq
        return self


class LiveEntryRevision(models.Model):
    """Every version of an entry, so an edit or a deletion can be traced and undone."""

    class Action(models.TextChoices):
        POSTED = "posted"
        EDITED = "edited"
        PINNED = "pinned"
        UNPINNED = "unpinned"
        DELETED = "deleted"
        RESTORED = "restored"

    entry = models.ForeignKey(LiveEntry, on_delete=models.CASCADE, related_name="revisions")
    action = models.CharField(max_length=8, choices=Action.choices)
    body = models.JSONField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"
