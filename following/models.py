"""Readers following a story-line, an author or a tag, and the alerts sent to them.

An `Alert` row is the delivery record: unique per subscriber, article and edition, so however
many follows match and however often a task is retried, a subscriber gets one email for it."""

from datetime import UTC, datetime, timedelta

from django.core import signing
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from taggit.models import Tag

from newsroom.models import ArticlePage, Author, TopicPage

MANAGE_SALT = "following.manage"
UNSUBSCRIBE_SALT = "following.unsubscribe"
CONFIRM_SALT = "following.confirm"
CONFIRM_MAX_AGE = timedelta(days=3)
RESEND_AFTER = timedelta(hours=1)  # one confirmation email per address per hour at most


class SubscriberQuerySet(models.QuerySet):
    def reachable(self):
        """Whoever may receive alerts: confirmed, not unsubscribed, not bounced or complaining."""
        return self.filter(confirmed_at__isnull=False, suppressed_reason="")

    @transaction.atomic
    def ask_to_follow(self, email, kind, target_id):
        """Records a follow awaiting confirmation. Returns the subscriber when a confirmation
        email is due: not for a follow already confirmed, never to an address that bounced or
        complained, and at most once an hour per address (one atomic update decides)."""
        subscriber, _ = self.get_or_create(email=Subscriber.normalise(email))
        follow, _ = Follow.objects.get_or_create(
            subscriber=subscriber, kind=kind, target_id=target_id
        )
        if follow.confirmed_at is not None or not subscriber.may_send_confirmation():
            return None
        now = timezone.now()
        due = self.filter(pk=subscriber.pk).filter(
            Q(confirmation_sent_at__isnull=True) | Q(confirmation_sent_at__lte=now - RESEND_AFTER)
        )
        return subscriber if due.update(confirmation_sent_at=now) else None


class Subscriber(models.Model):
    class Frequency(models.TextChoices):
        INSTANT = "instant", "As soon as an article is published"
        DAILY = "daily", "Once a day, a digest"

    class Suppressed(models.TextChoices):
        NO = ""
        UNSUBSCRIBED = "unsubscribed"
        BOUNCE = "bounce", "Bounced"
        COMPLAINT = "complaint", "Marked as spam"

    email = models.EmailField(max_length=254, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    frequency = models.CharField(max_length=7, choices=Frequency, default=Frequency.INSTANT)
    daily_cap = models.PositiveSmallIntegerField(
        default=10, help_text="At most this many articles a day; the rest are left out."
    )
    suppressed_reason = models.CharField(
        max_length=12, choices=Suppressed, default=Suppressed.NO, blank=True
    )
    suppressed_at = models.DateTimeField(null=True, blank=True)
    # Bumped to revoke every link already mailed (manage, unsubscribe).
    token_version = models.PositiveIntegerField(default=1, editable=False)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["suppressed_reason", "confirmed_at"])]

    def __str__(self):
        # Never the address: this string shows in admin lists and logs.
        return f"Subscriber #{self.pk}"

    @staticmethod
    def normalise(email):
        return email.strip().lower()

    def may_send_confirmation(self):
        # Mailing a bouncing or complaining address again harms every reader's deliverability.
        return self.suppressed_reason not in (self.Suppressed.BOUNCE, self.Suppressed.COMPLAINT)

    def confirmation_token(self):
        return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(self.pk))

    def manage_token(self):
        return signing.dumps([self.pk, self.token_version], salt=MANAGE_SALT)

    def unsubscribe_token(self):
        return signing.dumps([self.pk, self.token_version], salt=UNSUBSCRIBE_SALT)

    @classmethod
    def from_token(cls, token, salt):
        """The subscriber a manage or unsubscribe link names, or None if it is forged or revoked."""
        try:
            pk, version = signing.loads(token, salt=salt)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        return cls.objects.filter(pk=pk, token_version=version).first()

    @classmethod
    def confirming(cls, token):
        """(subscriber, signed-at time) of a confirmation link still valid, else (None, None)."""
        signer = signing.TimestampSigner(salt=CONFIRM_SALT)
        try:
            pk = signer.unsign(token, max_age=CONFIRM_MAX_AGE)
            signed_at = datetime.fromtimestamp(signing.b62_decode(token.split(":")[-2]), tz=UTC)
        except (signing.BadSignature, ValueError, IndexError):
            return None, None
        return cls.objects.filter(pk=pk).first(), signed_at

    def confirm(self, signed_at):
        """Confirms the address and the follows asked for before the link was signed; a follow
        someone added afterwards still needs its own confirmation."""
        now = timezone.now()
        if self.suppressed_reason:
            self.suppressed_reason, self.suppressed_at = self.Suppressed.NO, None
        self.confirmed_at = self.confirmed_at or now
        self.save(update_fields=["confirmed_at", "suppressed_reason", "suppressed_at"])
        # The signature counts whole seconds: a follow made in the second it was signed counts.
        signed_by = signed_at + timedelta(seconds=1)
        return self.follows.filter(confirmed_at__isnull=True, created_at__lt=signed_by).update(
            confirmed_at=now
        )

    def suppress(self, reason):
        """Stops every email to the address; its follows go, its pending alerts are dropped."""
        Subscriber.objects.filter(pk=self.pk).update(
            suppressed_reason=reason, suppressed_at=timezone.now()
        )
        self.follows.all().delete()
        self.alerts.filter(state=Alert.State.QUEUED).update(state=Alert.State.SKIPPED)

    def export(self):
        """Everything kept about the subscriber, for a GDPR access request."""
        return {
            "email": self.email,
            "created_at": self.created_at.isoformat(),
            "confirmed_at": self.confirmed_at and self.confirmed_at.isoformat(),
            "frequency": self.frequency,
            "daily_cap": self.daily_cap,
            "suppressed": self.suppressed_reason,
            "follows": [follow.export() for follow in self.follows.all()],
            "alerts": [
                {
                    "article": alert.edition.article_id,
                    "state": alert.state,
                    "sent_at": alert.sent_at and alert.sent_at.isoformat(),
                }
                for alert in self.alerts.select_related("edition")
            ],
        }


class Follow(models.Model):
    class Kind(models.TextChoices):
        TOPIC = "topic", "Story-line"
        AUTHOR = "author"
        TAG = "tag"

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="follows")
    kind = models.CharField(max_length=6, choices=Kind)
    target_id = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "kind", "target_id"], name="one_follow_per_target"
            )
        ]
        indexes = [models.Index(fields=["kind", "target_id"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.target_name}"

    @property
    def target(self):
        return target_of(self.kind, self.target_id)

    @property
    def target_name(self):
        target = self.target
        return str(target) if target is not None else "(gone)"

    def export(self):
        return {
            "kind": self.kind,
            "target": self.target_name,
            "created_at": self.created_at.isoformat(),
            "confirmed": self.confirmed_at is not None,
        }


TARGETS = {
    Follow.Kind.TOPIC: lambda pk: TopicPage.objects.published().filter(pk=pk).first(),
    Follow.Kind.AUTHOR: lambda pk: Author.objects.filter(pk=pk).first(),
    Follow.Kind.TAG: lambda pk: Tag.objects.filter(pk=pk).first(),
}


def target_of(kind, pk):
    """The story-line, author or tag a follow names, or None (an unknown kind or a gone target)."""
    find = TARGETS.get(kind)
    return find(pk) if find else None


def follows_matching(article):
    """The Q of every confirmed follow an article answers: its story-line, authors and tags."""
    q = Q(kind=Follow.Kind.AUTHOR, target_id__in=[a.pk for a in article.authors])
    q |= Q(kind=Follow.Kind.TAG, target_id__in=[tag.pk for tag in article.tags.all()])
    if article.topic_id:
        q |= Q(kind=Follow.Kind.TOPIC, target_id=article.topic_id)
    return Q(confirmed_at__isnull=False) & q


class EditionQuerySet(models.QuerySet):
    def pending_update(self, article_id):
        return self.filter(article_id=article_id, kind=Edition.Kind.UPDATE, sent_at__isnull=True)


class Edition(models.Model):
    """One occasion to tell followers about an article: its first publication (at most one per
    article), or an update or correction the desk asked them to hear about. Alerts are unique
    per subscriber and edition, so each occasion reaches a subscriber once."""

    class Kind(models.TextChoices):
        FIRST = "first", "Published"
        UPDATE = "update", "Updated"

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=6, choices=Kind, default=Kind.FIRST)
    requested_at = models.DateTimeField(default=timezone.now)
    requested_by = models.CharField(max_length=150, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article"], condition=Q(kind="first"), name="one_first_edition"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: “{self.article.title}”"


class Alert(models.Model):
    """The delivery record of one edition to one subscriber."""

    class State(models.TextChoices):
        QUEUED = "queued"
        SENT = "sent"
        SKIPPED = "skipped", "Left out (daily cap, unsubscribed or failed)"

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="alerts")
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="alerts")
    created_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=7, choices=State, default=State.QUEUED)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "edition"], name="one_alert_per_edition")
        ]
        indexes = [
            models.Index(fields=["edition", "state", "subscriber"]),
            models.Index(fields=["subscriber", "sent_at"]),
        ]

    def __str__(self):
        return f"Alert #{self.pk} ({self.state})"


class DigestDay(models.Model):
    """The days the daily digests went out: the row is written before they are sent, so with
    several workers only the one that wrote it sends them, once a day."""

    day = models.DateField(unique=True)
    started_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Digests of {self.day:%Y-%m-%d}"
