"""From a published article to its followers' inboxes: which occasion deserves an email, who
gets one, and the claiming of alerts so that none is sent twice."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import mailers
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from following import emails, pipelining
from following.models import Alert, Edition, Follow, Subscriber, follows_matching
from newsroom.models import ArticlePage

log = logging.getLogger(__name__)
# A first publish older than this (an import, a republished archive piece) alerts nobody.
FRESH = timedelta(days=1)
DAY = timedelta(days=1)


def edition_for_publish(article):
    """The edition this publish should announce, or None: the update the desk asked followers
    to hear about, else the article's first publication, once."""
    pending = Edition.objects.pending_update(article.pk).first()
    if pending is not None:
        return pending
    first = article.first_published_at
    if first is None or timezone.now() - first > FRESH:
        return None
    edition, created = Edition.objects.get_or_create(article=article, kind=Edition.Kind.FIRST)
    return edition if created else None


def request_update(article, user):
    """The desk ticked "notify followers" when publishing an update or a correction."""
    return Edition.objects.create(
        article=article, kind=Edition.Kind.UPDATE, requested_by=getattr(user, "username", "")
    )


def recipients(article, *subscriber_range):
    """(subscriber id, frequency) of every reachable subscriber following the article (within
    the id range, if given), once each however many of their follows match."""
    rows = Follow.objects.filter(follows_matching(article)).filter(
        subscriber__confirmed_at__isnull=False, subscriber__suppressed_reason=""
    )
    if subscriber_range:
        first, last = subscriber_range
        rows = rows.filter(subscriber_id__gte=first, subscriber_id__lte=last)
    return sorted(rows.values_list("subscriber_id", "subscriber__frequency").distinct())


def write_alerts(edition, subscriber_ids):
    """One alert per subscriber; the unique constraint drops any repeat (a retried task)."""
    Alert.objects.bulk_create(
        (Alert(subscriber_id=pk, edition=edition) for pk in subscriber_ids),
        batch_size=5000,
        ignore_conflicts=True,
    )


def queue(edition):
    """Writes the daily subscribers' alerts, which wait for the digest, and returns the id
    ranges of instant subscribers, one per sending batch: each batch writes its own alerts, so
    the first emails leave without waiting for 100,000 rows. None when the article is not
    public (draft, embargoed, private): nothing is sent."""
    article = ArticlePage.objects.published().filter(pk=edition.article_id).first()
    if article is None:
        return None
    rows = recipients(article)
    write_alerts(edition, [pk for pk, frequency in rows if frequency == Subscriber.Frequency.DAILY])
    Edition.objects.filter(pk=edition.pk).update(sent_at=timezone.now())
    instant = [pk for pk, frequency in rows if frequency == Subscriber.Frequency.INSTANT]
    size = settings.FOLLOWING_BATCH_SIZE
    return [
        (chunk[0], chunk[-1])
        for chunk in (instant[i : i + size] for i in range(0, len(instant), size))
    ]


def over_cap(subscriber_ids, cap_of, now):
    """Subscribers who already had their daily cap of emails in the last 24 hours."""
    counts = (
        Alert.objects.filter(
            subscriber_id__in=subscriber_ids, state=Alert.State.SENT, sent_at__gte=now - DAY
        )
        .values("subscriber_id")
        .annotate(sent=Count("pk"))
    )
    return {row["subscriber_id"] for row in counts if row["sent"] >= cap_of[row["subscriber_id"]]}


@transaction.atomic
def claim(edition, first, last):
    """The instant alerts of subscribers first..last, written if not yet and marked sent before
    sending: a retry or a second worker skips them (at most one email each); those over their
    cap are skipped."""
    batch = recipients(edition.article, first, last)
    write_alerts(
        edition, [pk for pk, frequency in batch if frequency == Subscriber.Frequency.INSTANT]
    )
    alerts = list(
        Alert.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(
            edition_id=edition.pk,
            state=Alert.State.QUEUED,
            subscriber_id__gte=first,
            subscriber_id__lte=last,
            subscriber__frequency=Subscriber.Frequency.INSTANT,
            subscriber__suppressed_reason="",
        )
        .select_related("subscriber")
    )
    now = timezone.now()
    capped = over_cap(
        [alert.subscriber_id for alert in alerts],
        {alert.subscriber_id: alert.subscriber.daily_cap for alert in alerts},
        now,
    )
    sending = [alert for alert in alerts if alert.subscriber_id not in capped]
    Alert.objects.filter(pk__in=[a.pk for a in sending]).update(state=Alert.State.SENT, sent_at=now)
    Alert.objects.filter(pk__in=[a.pk for a in alerts if a.subscriber_id in capped]).update(
        state=Alert.State.SKIPPED
    )
    return sending


def send_claimed(edition, alerts):
    """Hands the alerts to the mailer over one connection. An address the server refuses for
    good is suppressed, as a hard bounce would be; on any other failure the alerts not yet
    handed over go back to the queue, so a rerun sends them and nobody gets two."""
    copy = emails.AlertCopy.of(edition)
    done = 0
    try:
        with mailers.default as connection:
            for alert in alerts:
                try:
                    hand_over(connection, copy, alert.subscriber)
                except smtplib.SMTPRecipientsRefused as error:
                    if not refused_for_good(error):
                        raise
                    alert.subscriber.suppress(Subscriber.Suppressed.BOUNCE)
                    Alert.objects.filter(pk=alert.pk).update(state=Alert.State.SKIPPED)
                done += 1
    except Exception:
        unsent = [alert.pk for alert in alerts[done:]]
        Alert.objects.filter(pk__in=unsent).update(state=Alert.State.QUEUED, sent_at=None)
        log.exception("Sending alerts failed; %s put back in the queue", len(unsent))
        raise
    return done


def refused_for_good(error):
    return all(code >= 500 for code, _ in error.recipients.values())


def hand_over(connection, copy, subscriber):
    """Over SMTP, the copy serialised once with this subscriber's address and links put in,
    pipelined where the server allows (what lets 100,000 alerts leave in a minute); through
    any other mailer (anymail's providers, files in the demo), a Django message."""
    raw = copy.wire_to(subscriber) if isinstance(connection, SMTPBackend) else None
    if raw is None:
        connection.send_messages([copy.to(subscriber)])
        return
    smtp = connection.connection  # opened, with TLS and login done, by the backend
    smtp.ehlo_or_helo_if_needed()
    options = ["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else []
    if smtp.has_extn("pipelining"):
        pipelining.send(smtp, settings.DEFAULT_FROM_EMAIL, subscriber.email, raw, options)
    else:
        smtp.sendmail(settings.DEFAULT_FROM_EMAIL, [subscriber.email], raw, mail_options=options)


def send_digest(subscriber):
    """One email with the newest queued articles up to the subscriber's daily cap."""
    with transaction.atomic():
        alerts = list(
            subscriber.alerts.select_for_update(skip_locked=True, of=("self",))
            .filter(state=Alert.State.QUEUED)
            .select_related("edition__article")
            .order_by("-edition__article__published_at", "-pk")
        )
        kept, dropped = alerts[: subscriber.daily_cap], alerts[subscriber.daily_cap :]
        Alert.objects.filter(pk__in=[a.pk for a in kept]).update(
            state=Alert.State.SENT, sent_at=timezone.now()
        )
        Alert.objects.filter(pk__in=[a.pk for a in dropped]).update(state=Alert.State.SKIPPED)
    public = set(
        ArticlePage.objects.published()
        .filter(pk__in=[a.edition.article_id for a in kept])
        .values_list("pk", flat=True)
    )
    articles = [a.edition.article for a in kept if a.edition.article_id in public]
    if not articles:
        return 0
    return emails.digest(subscriber, articles).send(using="default")
