"""Background work of following, run by django.tasks (in-process in the demo, db_worker in
production): publishing only queues `announce`, and never waits for an email."""

from datetime import timedelta

from django.db import transaction
from django.tasks import task
from django.utils import timezone

from following import alerts, emails
from following.models import Edition, Subscriber
from newsroom.models import ArticlePage


@task
def announce(edition_id: int):
    """Queues the edition's alerts and one sending task per batch of subscribers."""
    edition = Edition.objects.filter(pk=edition_id, sent_at__isnull=True).first()
    if edition is None:  # already announced (a retried task) or deleted
        return 0
    with transaction.atomic():
        batches = alerts.queue(edition)
        for first, last in batches or []:
            transaction.on_commit(
                lambda first=first, last=last: send_alerts.enqueue(edition_id, first, last)
            )
    return len(batches or [])


@task
def send_alerts(edition_id: int, first_subscriber: int, last_subscriber: int):
    edition = Edition.objects.select_related("article").get(pk=edition_id)
    return alerts.send_claimed(edition, alerts.claim(edition_id, first_subscriber, last_subscriber))


@task
def send_digests():
    """Daily: each daily subscriber with queued articles gets one digest."""
    waiting = (
        Subscriber.objects.reachable()
        .filter(frequency=Subscriber.Frequency.DAILY, alerts__state="queued")
        .distinct()
    )
    return sum(alerts.send_digest(subscriber) for subscriber in waiting.iterator())


@task
def send_confirmation(subscriber_id: int):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return 0
    pending = list(subscriber.follows.filter(confirmed_at__isnull=True))
    if not pending:
        return 0
    return emails.confirmation(subscriber, pending).send(using="default")


def announce_lifted_embargoes():
    """Announces the editions an embargo held back, once it has lifted. The database task
    backend already deferred their announcement to the embargo's end; in-process tasks (the
    demo's) cannot defer, so the scheduler's round calls this instead."""
    if announce.get_backend().supports_defer:
        return
    now = timezone.now()
    due = Edition.objects.filter(
        sent_at__isnull=True,
        article__embargo_until__range=(now - timedelta(days=1), now),
        article_id__in=ArticlePage.objects.published(at=now).values("pk"),
    ).values_list("pk", flat=True)
    for pk in due:
        announce.enqueue(pk)
