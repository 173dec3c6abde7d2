"""Publishing announces the article to its followers (after commit, through a task); an email
provider's bounce or complaint report stops all email to the address."""

from functools import partial

from anymail.signals import tracking
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from following import alerts
from following.models import Subscriber
from following.tasks import announce
from newsroom.models import ArticlePage
from newsroom.scheduling import enqueue_after

SUPPRESSING_EVENTS = {
    "bounced": Subscriber.Suppressed.BOUNCE,
    "complained": Subscriber.Suppressed.COMPLAINT,
    "unsubscribed": Subscriber.Suppressed.UNSUBSCRIBED,
}


def enqueue(edition_id, run_after=None):
    enqueue_after(announce, edition_id, run_after=run_after)


@receiver(page_published, sender=ArticlePage)
def announce_publication(sender, instance, revision=None, **kwargs):
    go_live = getattr(revision, "approved_go_live_at", None)
    if not instance.live or (go_live and go_live > timezone.now()):
        return  # only scheduled: the go-live publish announces it
    edition = alerts.edition_for_publish(instance)
    if edition is None:
        return
    embargo = instance.embargo_until if instance.is_embargoed() else None
    # After commit: the task must see the published article; a rolled-back publish sends nothing.
    transaction.on_commit(partial(enqueue, edition.pk, embargo))


@receiver(tracking)
def suppress_on_bounce_or_complaint(sender, event, esp_name, **kwargs):
    reason = SUPPRESSING_EVENTS.get(event.event_type)
    if reason is None or not event.recipient:
        return
    subscriber = Subscriber.objects.filter(email=Subscriber.normalise(event.recipient)).first()
    if subscriber is not None:
        subscriber.suppress(reason)
