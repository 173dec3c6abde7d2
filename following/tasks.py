"""Background work of following, run by django.tasks (in-process in the demo, db_worker in
production): publishing only queues `announce`, and never waits for an email."""

from django.db import transaction
from django.tasks import task

from following import alerts, emails
from following.models import Edition, Subscriber


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
