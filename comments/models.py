"""A reader's comment on an article, its moderation state, and the site's moderation rules."""

import hashlib

from django.db import models, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page

from comments import spam
from comments.signals import comments_changed, moderator_decided
from newsroom.models import ArticlePage


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(state=Comment.State.APPROVED)

    def pending(self):
        return self.filter(state=Comment.State.PENDING)

    def oldest_first(self):
        return self.order_by("created_at", "pk")

    def moderate(self, state):
        """Move many comments to `state` at once; tells the cache which articles changed."""
        with transaction.atomic():
            rows = list(
                self.select_for_update()
                .exclude(state=state)
                .values_list("pk", "article_id", "state")
            )
            Comment.objects.filter(pk__in=[pk for pk, _, _ in rows]).update(
                state=state, moderated_at=timezone.now()
            )
            visible = {
                article for _, article, old in rows if Comment.State.APPROVED in (old, state)
            }
            after_commit(lambda: announce(ArticlePage.objects.filter(pk__in=visible)))
            after_commit(decision_recorded)
        return len(rows)


def after_commit(work):
    """`work` once the comments are committed. Robust: what fails there is logged by Django,
    never raised, as the comments are saved by then and the caller must say so."""
    transaction.on_commit(work, robust=True)


def announce(articles):
    """Tell the page cache (and anyone else listening) what readers see of these has changed."""
    for article in articles:
        comments_changed.send(sender=Comment, article=article)


def decision_recorded():
    # The learned filter (comments/classifier.py) listens, and may refit on the decision.
    moderator_decided.send(sender=Comment)


def approved_count_for(outer="pk"):
    """A subquery counting approved comments, to annotate article lists without N+1 queries."""
    counts = (
        Comment.objects.filter(article=OuterRef(outer), state=Comment.State.APPROVED)
        .order_by()
        .values("article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=models.IntegerField()), 0)


class Comment(models.Model):
    State = spam.State

    article = models.ForeignKey(
        "newsroom.ArticlePage", on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    name = models.CharField(max_length=100)
    # Never rendered on a reader page, in a feed or in the API; only moderators see it.
    email = models.EmailField(max_length=254)
    url = models.URLField("website", max_length=200, blank=True)
    body = models.TextField(max_length=10_000)
    state = models.CharField(
        max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    held_because = models.CharField(
        max_length=300, blank=True, help_text="Which rule held or blocked it."
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    ip = models.GenericIPAddressField("IP address", null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    # sha256 of article, lowercased email and body: an exact repeat (a double-click, a retry,
    # a bot re-posting) hits the unique constraint instead of storing a second row.
    fingerprint = models.CharField(max_length=64, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "fingerprint"], name="comment_once_per_article"
            )
        ]
        indexes = [models.Index(fields=["article", "state", "created_at"])]

    def __str__(self):
        return f"{self.name} on “{self.article.title}”: {self.body[:60]}"

    def save(self, *args, **kwargs):
        self.fingerprint = self.make_fingerprint(self.article_id, self.email, self.body)
        decided = getattr(self, "_loaded_state", None) not in (None, self.state)
        if decided:  # a moderator changed the state: the learned filter may learn from it
            self.moderated_at = timezone.now()
            after_commit(decision_recorded)
        self.depth = self.parent.depth + 1 if self.parent_id else 0
        super().save(*args, **kwargs)
        was_visible = getattr(self, "_loaded_state", None) == self.State.APPROVED
        if was_visible or self.state == self.State.APPROVED:
            article = self.article
            after_commit(lambda: announce([article]))
        self._loaded_state = self.state

    @property
    def excerpt(self):
        return self.body if len(self.body) <= 140 else self.body[:140] + "…"

    @classmethod
    def from_db(cls, db, field_names, values, *args, **kwargs):
        instance = super().from_db(db, field_names, values, *args, **kwargs)
        instance._loaded_state = instance.__dict__.get("state")
        return instance

    @staticmethod
    def make_fingerprint(article_id, email, body):
        text = f"{article_id}\0{email.strip().lower()}\0{' '.join(body.split())}"
        return hashlib.sha256(text.encode()).hexdigest()

    @property
    def is_approved(self):
        return self.state == self.State.APPROVED

    @property
    def website(self):
        """The commenter's website as a link target: only http(s), even if an admin edit let
        something else in."""
        return self.url if self.url.lower().startswith(("http://", "https://")) else ""

    @property
    def anchor(self):
        return f"comment-{self.pk}"

    @property
    def initial(self):
        """The avatar: the name's first letter, so nothing about the email reaches the page."""
        return (self.name.strip()[:1] or "?").upper()


@receiver(post_delete, sender=Comment)
def announce_deleted(sender, instance, origin=None, **kwargs):
    # Deleting the article deletes its comments too; then there is no page left to refresh.
    if instance.state == Comment.State.APPROVED and not isinstance(origin, Page):
        article = instance.article
        after_commit(lambda: announce([article]))


@register_setting(icon="comment")
class CommentSettings(BaseSiteSetting):
    """Moderation rules, as in WordPress's Settings › Discussion."""

    hold_all = models.BooleanField("hold every comment", default=False)
    hold_first_time = models.BooleanField(
        "hold first-time commenters",
        default=False,
        help_text="Hold comments from an email with no approved comment yet.",
    )
    hold_links = models.PositiveSmallIntegerField(
        "hold comments with this many links",
        default=2,
        help_text="Counts the different sites linked, not counting this site, the sites the "
        "article cites and the trusted link domains below; applies to commenters with no "
        "approved comment yet. 0 turns the rule off.",
    )
    trusted_link_domains = models.TextField(
        blank=True,
        default="\n".join(spam.TRUSTED_LINK_DOMAINS),
        help_text="One domain per line whose links the links rule does not count (sources "
        "readers cite: encyclopedias, wire services, public bodies). A domain covers its "
        "subdomains; 'gov' covers every .gov site.",
    )
    count_platform_posts = models.BooleanField(
        "count links to a post on a platform",
        default=False,
        help_text="Off: a link to one video, post or map place (YouTube, X, Reddit, Facebook, "
        "Instagram, TikTok, Bluesky, Mastodon, a Telegram channel, Google Maps, OpenStreetMap) "
        "is a source cited and the links rule does not count it. Every other check still "
        "reads it.",
    )
    hold_words = models.TextField(
        blank=True,
        help_text="One word, phrase or IP address per line. A comment whose text, name, "
        "email, website or IP contains one is held for moderation.",
    )
    disallowed_words = models.TextField(
        blank=True,
        help_text="One per line, matched like the hold list; a match goes straight to spam.",
    )
    close_after_days = models.PositiveSmallIntegerField(
        "close comments after (days)",
        default=30,
        help_text="Days after publishing; 0 keeps comments open.",
    )
    thread_depth = models.PositiveSmallIntegerField("nested replies up to this depth", default=3)
    per_page = models.PositiveSmallIntegerField("top-level comments per page", default=50)
    notify_moderators = models.BooleanField("email moderators about held comments", default=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("hold_all"),
                FieldPanel("hold_first_time"),
                FieldPanel("hold_links"),
                FieldPanel("trusted_link_domains"),
                FieldPanel("count_platform_posts"),
                FieldPanel("hold_words"),
            ],
            heading="Hold for moderation",
        ),
        FieldPanel("disallowed_words"),
        FieldRowPanel(
            [FieldPanel("close_after_days"), FieldPanel("thread_depth"), FieldPanel("per_page")]
        ),
        FieldPanel("notify_moderators"),
    ]

    class Meta:
        verbose_name = "comment rules"

    @staticmethod
    def word_list(text):
        return [line.strip().lower() for line in text.splitlines() if line.strip()]


class FilterModel(models.Model):
    """A fitted spam classifier (comments/classifier.py), pickled; the site uses the newest."""

    created_at = models.DateTimeField(default=timezone.now)
    shipped_examples = models.PositiveIntegerField()
    moderator_examples = models.PositiveIntegerField()
    blob = models.BinaryField()

    class Meta:
        ordering = ["-pk"]

    def __str__(self):
        return (
            f"spam filter of {self.created_at:%Y-%m-%d %H:%M} ({self.moderator_examples} "
            "moderator decisions)"
        )


def commenter_has_approved(email):
    return Comment.objects.approved().filter(email__iexact=email.strip()).exists()
