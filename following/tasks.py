"""Background work of following, run by django.tasks (in-process in the demo, db_worker in
production): publishing only queues `announce`, and never waits for an email."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.tasks import task
from django.utils import timezone

from following import alerts, emails
from following.models import DigestDay, Edition, Subscriber
from newsroom.desk.clock import newsroom_zone
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
    return alerts.send_claimed(edition, alerts.claim(edition, first_subscriber, last_subscriber))


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


def send_digests_when_due():
    """The daily digests at FOLLOWING_DIGEST_HOUR in the newsroom's time zone, with no cron: the
    scheduler's round calls this, and the first worker to record the day sends them."""
    local = timezone.localtime(timezone.now(), newsroom_zone())
    if (
        local.hour < settings.FOLLOWING_DIGEST_HOUR
        or DigestDay.objects.filter(day=local.date()).exists()
    ):
        return
    try:
        with transaction.atomic():
            DigestDay.objects.create(day=local.date())
    except IntegrityError:  # another worker wrote it first
        return
    send_digests.enqueue()
