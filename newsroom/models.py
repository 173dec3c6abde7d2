"""Page types and snippets of the newsroom: what an article is, and when it is public."""

import html
import zoneinfo
from collections import defaultdict
from datetime import UTC, datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils.html import format_html, strip_tags
from django.utils.text import Truncator, slugify
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    GroupApprovalTask,
    Orderable,
    Page,
    PageManager,
    PageViewRestriction,
)
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.url_routing import RouteResult

from newsroom.blocks import ArticleBodyBlock
from newsroom.desk.panels import CorrectionsPanel, StoryLineHintPanel
from newsroom.forms import ArticlePageForm, NewsroomPageForm, ScheduleApprovalForm
from newsroom.listing import paginate
from newsroom.privacy import private_sections

TICKER_SIZE = 5  # headlines in the breaking-news ticker
# What apps built on newsroom add to each article of a list, counted in the list's own query:
# {name: a function returning the expression}, filled by those apps at start-up (the comments
# app adds approved_comment_count), so newsroom, at the bottom, imports none of them.
LISTING_ANNOTATIONS = {}


def optional_link(to, *, on_delete=models.SET_NULL, **options):
    """A link an editor may leave empty (NULL in the database, blank in the form); unless told
    otherwise it empties itself when what it points at is deleted."""
    return models.ForeignKey(to, null=True, blank=True, on_delete=on_delete, **options)


def optional_time(help_text, **options):
    """A moment an editor may leave empty."""
    return models.DateTimeField(null=True, blank=True, help_text=help_text, **options)


class PublishedPageQuerySet(PageQuerySet):
    def published(self):
        """What a reader may see. Every public page, list, feed and count starts here."""
        return self.live().public()

    def private_q(self):
        """Overrides Wagtail's PageQuerySet.private_q, which its public() (and so published())
        calls: the same test, restricted pages and their descendants, from the cached list of
        private sections instead of a query of every restriction in each list. Not dead code."""
        q = Q()
        for path, depth in private_sections().roots:
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])


class ArticlePageQuerySet(PublishedPageQuerySet):
    def published(self, at=None):
        at = at or timezone.now()
        embargo_over = Q(embargo_until__isnull=True) | Q(embargo_until__lte=at)
        return super().published().filter(embargo_over)

    def for_page_view(self):
        """What the article page shows outside its cached fragments (the footer's credit),
        joined in the query that finds it. Topic, lead image and the rest are read only when
        the fragments are rendered anew: joining them costs every re-render ~1 ms of query
        building to save a purged render three small queries."""
        return self.select_related("licence")

    def breaking(self, at=None):
        """What the breaking-news ticker shows: a handful of headlines, newest first."""
        at = at or timezone.now()
        breaking = self.published(at=at).filter(breaking_until__gt=at).newest_first()
        return breaking.only("title", "url_path", "breaking_until")[:TICKER_SIZE]

    def newest_first(self):
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-pk")

    def for_listing(self):
        """Everything a teaser shows, fetched up front so a list costs a fixed number of queries."""
        return (
            self.select_related("topic", "lead_image", "generated_image")
            .prefetch_related("article_authors__author")
            .with_listing_annotations()
        )

    def with_listing_annotations(self):
        return self.annotate(**{name: make() for name, make in LISTING_ANNOTATIONS.items()})


class PreviewNeverCached:
    """Drafts seen in preview must never be stored by a cache nor indexed by a search engine."""

    def serve_preview(self, request, mode_name):
        response = super().serve_preview(request, mode_name)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


PublishedPageManager = PageManager.from_queryset(PublishedPageQuerySet)
ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


@register_snippet
class Author(index.Indexed, models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    role = models.CharField(max_length=200, blank=True, help_text="e.g. 'Kyiv correspondent'")
    bio = models.TextField(blank=True)
    photo = optional_link("wagtailimages.Image", related_name="+")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
        help_text="The newsroom account whose byline this is; empty for outside contributors.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user", permission="newsroom.change_author"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("author", args=[self.slug])

    @classmethod
    def for_user(cls, user):
        """The user's own byline, made from their name the first time it is needed."""
        author = cls.objects.filter(user=user).first()
        if author is None:
            name = user.get_full_name() or user.get_username()
            base = slugify(name) or "author"
            slug, n = base, 2
            while cls.objects.filter(slug=slug).exists():
                slug, n = f"{base}-{n}", n + 1
            author = cls.objects.create(user=user, name=name, slug=slug)
        return author

    def published_articles(self):
        return ArticlePage.objects.published().filter(article_authors__author=self).distinct()


@register_snippet
class Licence(models.Model):
    """How imported text must be credited, e.g. 'From {link}, licensed CC BY 2.5; text cleaned.'"""

    name = models.CharField(
        max_length=100, help_text="The source's name, shown as the link, e.g. 'Wikinews'."
    )
    credit_template = models.CharField(
        max_length=300,
        help_text="The credit line; {link} stands where the linked source name goes.",
    )

    def __str__(self):
        return self.credit_template.replace("{link}", self.name)

    def credit(self, url):
        before, _, after = self.credit_template.partition("{link}")
        return format_html('{}<a href="{}" rel="noopener">{}</a>{}', before, url, self.name, after)

    def credit_text(self, url):
        return self.credit_template.replace("{link}", f"{self.name} ({url})")


SECONDARY = 3  # stories under the lead on the front page


class HomePage(PreviewNeverCached, Page):
    lead_article = optional_link(
        "newsroom.ArticlePage",
        related_name="+",
        help_text="The story at the top of the home page; the latest article when empty or not "
        "public.",
    )
    content_panels = Page.content_panels + [FieldPanel("lead_article")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]  # the site's root only, never under the news
    subpage_types = ["newsroom.NewsIndexPage", "newsroom.TopicIndexPage", "newsroom.StandardPage"]
    objects = PublishedPageManager()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.published().for_listing().newest_first()
        lead = (
            self.lead_article
            if self.lead_article_id and articles.filter(pk=self.lead_article_id).exists()
            else None
        )
        lead = lead or articles.first()
        latest = paginate(request, articles.exclude(pk=getattr(lead, "pk", None)), per_page=12)
        items = list(latest.object_list)
        # The first screen shows each story once: the lead, the next few under it, then the
        # list; the topic rails below leave out what the top already shows.
        secondary = items[:SECONDARY] if not latest.has_previous() else []
        shown = [getattr(lead, "pk", None), *(article.pk for article in secondary)]
        context["lead"] = lead
        context["latest"] = latest
        context["secondary"] = secondary
        context["latest_items"] = items[len(secondary) :]
        context["sections"] = TopicPage.objects.published().with_latest_articles(exclude=shown)
        return context

    def route(self, request, path_components):
        # Articles are nearly every page view: find one by its URL path in one query with
        # what the page shows, instead of Wagtail's walk down the tree (two queries a level).
        if len(path_components) == 2:  # news/<slug>/: the only place articles live
            url_path = self.url_path + "/".join(path_components) + "/"
            found = ArticlePage.objects.for_page_view().filter(url_path=url_path, live=True)
            if article := found.first():
                return RouteResult(article)
        return super().route(request, path_components)


class NewsIndexPage(PreviewNeverCached, Page):
    """The parent of every article, and of live pages: /news/<slug>/.

    No subpage_types: each child type names this page as its parent (ArticlePage here, live's
    LivePage there), so newsroom names no app built on it."""

    parent_page_types = ["newsroom.HomePage"]
    max_count = 1
    objects = PublishedPageManager()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(
            request, ArticlePage.objects.published().for_listing().newest_first(), per_page=20
        )
        return context


class StandardPage(PreviewNeverCached, Page):
    """A plain page outside the news flow: "About us", "Contact", an imported WordPress page."""

    body = StreamField(ArticleBodyBlock(), blank=True)
    updated_at = models.DateTimeField(null=True, blank=True)
    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["newsroom.HomePage", "newsroom.StandardPage"]
    subpage_types = ["newsroom.StandardPage"]
    objects = PublishedPageManager()


class TopicIndexPage(PreviewNeverCached, Page):
    subpage_types = ["newsroom.TopicPage"]
    parent_page_types = ["newsroom.HomePage"]
    max_count = 1
    objects = PublishedPageManager()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = TopicPage.objects.published().child_of(self).order_by("title")
        return context


class TopicPageQuerySet(PublishedPageQuerySet):
    def with_latest_articles(self, per_topic=4, exclude=None):
        """Topics that have published articles, each with its newest few, for the home page;
        the story-lines that moved last come first (an old archive's topics sink to the end).

        One query for all topics' articles (a row number per topic), not one per topic."""
        topics = list(self.order_by("title"))
        place = Window(
            RowNumber(),
            partition_by=F("topic_id"),
            order_by=[F("published_at").desc(nulls_last=True), F("pk").desc()],
        )
        articles = (
            ArticlePage.objects.published()
            .filter(topic__in=topics)
            .exclude(pk__in=[pk for pk in exclude or () if pk])
            .for_listing()
        )
        by_topic = defaultdict(list)
        for article in (
            articles.annotate(place=place)
            .filter(place__lte=per_topic)
            .order_by("topic_id", "place")
        ):
            by_topic[article.topic_id].append(article)
        rails = [(topic, by_topic[topic.pk]) for topic in topics if by_topic[topic.pk]]
        return sorted(rails, key=lambda rail: _newest(rail[1]), reverse=True)  # stable: by title


def _newest(articles) -> datetime:
    # A rail's articles come newest first (nulls last), so its first one is its newest.
    return articles[0].published_at or datetime.min.replace(tzinfo=UTC)


class TopicPage(PreviewNeverCached, Page):
    """A story-line such as 'Russia-Ukraine War': the kicker of its articles and their home."""

    description = models.CharField(
        max_length=300, blank=True, help_text="One sentence: what this story is about."
    )
    summary = RichTextField(
        blank=True, features=["bold", "italic", "link", "ul"], help_text="What has happened so far."
    )

    content_panels = Page.content_panels + [FieldPanel("description"), FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("description")]
    subpage_types = []
    parent_page_types = ["newsroom.TopicIndexPage"]
    objects = PageManager.from_queryset(TopicPageQuerySet)()
    base_form_class = NewsroomPageForm

    def published_articles(self):
        return ArticlePage.objects.published().filter(topic=self).for_listing().newest_first()

    def get_context(self, request, *args, **kwargs):
        # The story-line: a timeline by day, newest first; the template highlights the latest.
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = page = paginate(request, self.published_articles(), per_page=20)
        if page.has_previous():
            # A day cut by the page break is labelled "continued" on the next page.
            before = page.paginator.object_list[page.start_index() - 2]
            context["continued_day"] = before.published_at.date() if before.published_at else None
        return context


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "newsroom.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )

    @classmethod
    def public_tags(cls):
        """Tags a published article carries: only these have a public page, feed or name
        (a tag typed on a draft, an embargoed or a private article stays unseen)."""
        carried = cls.objects.filter(content_object__in=ArticlePage.objects.published())
        return Tag.objects.filter(pk__in=carried.values("tag_id"))


class CommentsPolicy(models.TextChoices):
    OPEN = "open"
    PREMODERATED = "premoderated", "Pre-moderated: hold every comment"
    CLOSED = "closed"


HEADLINE_LIMIT = 70  # characters a headline can use before search results and cards cut it


class ArticlePage(PreviewNeverCached, Page):
    topic = optional_link(
        "newsroom.TopicPage",
        related_name="articles",
        help_text="The story-line; shown as the kicker before the headline.",
    )
    standfirst = models.TextField(
        max_length=500, blank=True, help_text="One or two sentences under the headline."
    )
    lead_image = optional_link("wagtailimages.Image", related_name="+")
    lead_image_alt = models.CharField(
        max_length=300, blank=True, help_text="Required with a lead image."
    )
    lead_image_caption = models.CharField(max_length=500, blank=True)
    lead_image_credit = models.CharField(max_length=200, blank=True)
    # Drawn by the pictures app for an article without a lead image (a locator map or a title
    # card); the key says what it was drawn from, so a new headline or topic redraws it.
    generated_image = optional_link("wagtailimages.Image", editable=False, related_name="+")
    generated_image_key = models.CharField(max_length=200, blank=True, editable=False)
    body = StreamField(ArticleBodyBlock())
    published_at = optional_time("First published; set on first publish when empty.", db_index=True)
    updated_at = optional_time("Last substantive update shown to readers.")
    # Indexed: pagecache.deadlines asks for the next embargo end after every publish.
    embargo_until = optional_time(
        "Hidden everywhere public until this time, even when live.", db_index=True
    )
    breaking_until = optional_time(
        "Shown in the breaking-news ticker on every page until this time.", db_index=True
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    licence = optional_link(
        Licence, on_delete=models.PROTECT, help_text="For imported text: how it must be credited."
    )
    source_url = models.URLField(
        max_length=500, blank=True, help_text="Where imported text came from."
    )
    comments_policy = models.CharField(
        max_length=12,
        choices=CommentsPolicy.choices,
        default=CommentsPolicy.OPEN,
        help_text="Pre-moderate sensitive stories; closed hides the form and keeps existing "
        "comments.",
    )
    external_id = models.CharField(
        max_length=100,
        blank=True,
        db_index=True,
        editable=False,
        help_text="Importer's id, so re-imports update instead of duplicating.",
    )

    # The desk's order: the story-line first (a plain list, one choice), then the headline.
    content_panels = [
        FieldPanel("topic", widget=forms.Select),
        StoryLineHintPanel(heading="Story-line hint"),
        TitleFieldPanel(
            "title",
            heading="Headline",
            placeholder="Headline*",
            widget=forms.TextInput(
                attrs={
                    "data-controller": "headline-count",
                    "data-action": "input->headline-count#update",
                    "data-headline-count-limit-value": HEADLINE_LIMIT,
                }
            ),
        ),
        FieldPanel("standfirst"),
        InlinePanel(
            "article_authors",
            label="Byline",
            help_text="Left empty, the article carries your own byline.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_file"),
                FieldPanel("lead_image_alt"),
                FieldRowPanel([FieldPanel("lead_image_caption"), FieldPanel("lead_image_credit")]),
            ],
            heading="Lead image",
        ),
        FieldPanel("body"),
        InlinePanel("sources", label="Sources"),
        FieldPanel("tags"),
        InlinePanel(
            "related_picks",
            label="Related articles",
            max_num=5,
            help_text="Listed first under the article, in this order; the rest are computed.",
        ),
        CorrectionsPanel(heading="Corrections"),
    ]
    settings_panels = Page.settings_panels + [
        FieldRowPanel([FieldPanel("published_at"), FieldPanel("updated_at")]),
        FieldPanel("embargo_until"),
        MultiFieldPanel(
            [
                FieldPanel("mark_breaking", permission="newsroom.mark_breaking"),
                FieldPanel("breaking_until", permission="newsroom.mark_breaking"),
            ],
            heading="Breaking news",
        ),
        FieldPanel("comments_policy"),
        MultiFieldPanel([FieldPanel("licence"), FieldPanel("source_url")], heading="Imported text"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("topic"),
        index.FilterField("published_at"),
        index.FilterField("embargo_until"),
        index.RelatedFields("topic", [index.SearchField("title")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    parent_page_types = ["newsroom.NewsIndexPage"]
    subpage_types = []
    objects = ArticlePageManager()
    base_form_class = ArticlePageForm

    class Meta:
        indexes = [models.Index(fields=["topic", "published_at"])]
        permissions = [("mark_breaking", "Can mark an article as breaking news")]

    @property
    def headline(self):
        return self.title

    @property
    def picture(self):
        """The lead image, else the picture drawn for the article (None until it is drawn)."""
        return self.lead_image if self.lead_image_id else self.generated_image

    @property
    def picture_alt(self):
        if self.lead_image_id:
            return self.lead_image_alt
        return self.generated_image.title if self.generated_image_id else ""

    def opening(self, words=35):
        """The standfirst, or the start of the first paragraph: what a lead story's card shows."""
        if self.standfirst:
            return self.standfirst
        first = next((block for block in self.body if block.block_type == "paragraph"), None)
        return (
            Truncator(html.unescape(strip_tags(first.value.source))).words(words) if first else ""
        )

    def reading_minutes(self, words_per_minute=230):
        """Minutes an adult reads the body in, at least one."""
        texts = [
            strip_tags(block.value.source)
            if block.block_type == "paragraph"
            else block.value["text"]
            for block in self.body
            if block.block_type in ("paragraph", "quote")
        ]
        words = sum(len(text.split()) for text in texts)
        return max(1, round(words / words_per_minute))

    @cached_property
    def authors(self):
        return [link.author for link in self.article_authors.select_related("author")]

    @property
    def was_updated(self):
        return bool(self.updated_at and self.published_at and self.updated_at > self.published_at)

    def credit(self):
        return self.licence.credit(self.source_url) if self.licence_id else ""

    def related_articles(self, limit=5):
        """The stored list the discovery task computed (one query); still-public articles only."""
        related = (
            ArticlePage.objects.published()
            .filter(related_in__article_id=self.pk)
            .select_related("topic", "lead_image", "generated_image")
            .with_listing_annotations()
        )
        return list(related.order_by("related_in__rank")[:limit])

    def serve(self, request, *args, **kwargs):
        # Live is not enough: an embargoed article is not public until its time.
        # A preview (admin only, never cached) shows the draft whatever its state.
        # Wagtail has already refused a page that is not live or not public to this reader.
        if not getattr(request, "is_preview", False) and self.is_embargoed():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def with_content_json(self, content):
        # The first-published time belongs to the page, not to a revision: a draft saved
        # before the first publish must not erase it when it is published later.
        # Likewise a correction bumps updated_at outside any revision; keep the later time.
        obj = super().with_content_json(content)
        obj.published_at = obj.published_at or self.published_at
        # The drawn picture is not part of any revision either: keep the current one.
        obj.generated_image_id, obj.generated_image_key = (
            self.generated_image_id,
            self.generated_image_key,
        )
        if self.updated_at and (obj.updated_at is None or obj.updated_at < self.updated_at):
            obj.updated_at = self.updated_at
        return obj

    def bump_updated_at(self, when):
        """A correction is an update readers must see, without republishing the article."""
        ArticlePage.objects.filter(pk=self.pk).filter(
            Q(updated_at__isnull=True) | Q(updated_at__lt=when)
        ).update(updated_at=when)

    def public_corrections(self):
        """Corrections and clarifications, newest first: the article's note and its JSON-LD."""
        return self.corrections.all()

    def get_view_restrictions(self):
        """Wagtail's answer (restrictions on this page or an ancestor, an alias using its
        source's) without a query when no private section covers the page, else in one
        query instead of two: every article view asks it."""
        if not private_sections().may_restrict(self):
            return PageViewRestriction.objects.none()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()

    @cached_property
    def tag_list(self):
        """The tags, fetched once per render: the page, its head and its JSON-LD all show them."""
        return list(self.tags.all())

    @cached_property
    def correction_list(self):
        return list(self.public_corrections())

    def is_embargoed(self, at=None):
        """The field-level half of `published()`, for a page already in hand."""
        return bool(self.embargo_until and self.embargo_until > (at or timezone.now()))


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, related_name="article_authors", on_delete=models.CASCADE)
    author = models.ForeignKey(Author, related_name="article_links", on_delete=models.CASCADE)
    panels = [FieldPanel("author")]


class RelatedPick(Orderable):
    """An article an editor chose for the "Related Articles" list: listed before any computed
    match, in the editor's order (discovery stores the list; reading it stays one query)."""

    article = ParentalKey(ArticlePage, related_name="related_picks", on_delete=models.CASCADE)
    page = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="+", verbose_name="article"
    )
    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["article", "page"], name="related_pick_once")
        ]

    def clean(self):
        if self.page_id and self.page_id == self.article_id:
            raise ValidationError({"page": "An article cannot be related to itself."})

    def __str__(self):
        return f"{self.article_id} -> {self.page_id}"


class ArticleSource(Orderable):
    """An outlet the story relies on, e.g. Al Jazeera."""

    article = ParentalKey(ArticlePage, related_name="sources", on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    url = models.URLField(max_length=500)
    panels = [FieldPanel("name"), FieldPanel("url")]

    def __str__(self):
        return self.name


class Correction(models.Model):
    """A correction or clarification an editor appends to a published article.

    Kept outside the page's revisions on purpose: editing or reverting the article can never
    make one disappear, and deleting one is a separate, permissioned, audit-logged act."""

    KINDS = [("correction", "Correction"), ("clarification", "Clarification")]

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="corrections")
    kind = models.CharField(max_length=13, choices=KINDS, default="correction")
    text = models.TextField(
        max_length=2000, help_text="What was wrong and what is right, in plain words."
    )
    created_at = models.DateTimeField(
        default=timezone.now, db_index=True, help_text="Shown to readers as the time of the note."
    )

    panels = [
        FieldPanel("article"),
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("created_at"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} to “{self.article.title}” ({self.created_at:%d %b %Y})"

    def save(self, *args, **kwargs):
        created = self._state.adding
        super().save(*args, **kwargs)
        if created:
            self.article.bump_updated_at(self.created_at)

    def clean(self):
        if self.article_id and not self.article.live:
            raise ValidationError(
                {"article": "Corrections are for published articles; edit the draft instead."}
            )


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not a time zone name such as “Europe/Kyiv”.")


@register_setting(icon="time")
class NewsroomSettings(BaseSiteSetting):
    """The desk's clock: the admin shows every date and time in this zone beside its own."""

    time_zone = models.CharField(
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text="The newsroom's time zone, e.g. Europe/Kyiv: schedules and embargoes are "
        "shown and entered in it.",
    )

    panels = [
        FieldPanel(
            "time_zone",
            widget=forms.Select(choices=[(z, z) for z in sorted(zoneinfo.available_timezones())]),
        )
    ]

    class Meta:
        verbose_name = "Newsroom"

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)


class EditorialReviewTask(GroupApprovalTask):
    """Wagtail's group approval plus "Approve and schedule": the reviewer gives the go-live time
    (in the newsroom's time zone) in the same step, and approving schedules the article instead
    of publishing it now. The newsroom's "Editorial review" is one of these."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions:  # a reviewer: right after "Request changes", before the plain "Approve"
            actions.insert(1, ("approve_schedule", "Approve and schedule", True))
        return actions

    def get_form_for_action(self, action):
        if action == "approve_schedule":
            return ScheduleApprovalForm
        return super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve_schedule":
            return "newsroom/admin/approve_and_schedule.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name != "approve_schedule":
            return super().on_action(task_state, user, action_name, **kwargs)
        go_live_at = kwargs["schedule_at"]
        if isinstance(go_live_at, str):  # from the edit screen, through the modal's JSON
            go_live_at = parse_datetime(go_live_at)
        page = task_state.workflow_state.content_object
        draft = page.get_latest_revision_as_object()
        draft.go_live_at = go_live_at
        # The workflow publishes the page's latest revision: with a future go-live time, that
        # schedules. Told here, as the page it reads was loaded before this revision existed.
        page.latest_revision = draft.save_revision(user=user, log_action=True)
        return super().on_action(task_state, user, "approve", comment=kwargs.get("comment", ""))

    class Meta:
        verbose_name = "Editorial review task"
