"""The desk's view of following: counts only, never an address (editors see it, not just
administrators). Opens are not tracked: no pixel, no rewritten links."""

from django.db.models import Count, Q

from following.models import Alert, Edition, Follow, Subscriber

TOP = 50


def subscriber_counts():
    suppressed = Subscriber.Suppressed
    return Subscriber.objects.aggregate(
        reachable=Count("pk", filter=Q(confirmed_at__isnull=False, suppressed_reason="")),
        unconfirmed=Count("pk", filter=Q(confirmed_at__isnull=True, suppressed_reason="")),
        bounced=Count("pk", filter=Q(suppressed_reason=suppressed.BOUNCE)),
        complained=Count("pk", filter=Q(suppressed_reason=suppressed.COMPLAINT)),
        unsubscribed=Count("pk", filter=Q(suppressed_reason=suppressed.UNSUBSCRIBED)),
    )


def followers_per_target():
    """The most followed story-lines, authors and tags, with confirmed followers only."""
    rows = (
        Follow.objects.filter(confirmed_at__isnull=False)
        .values("kind", "target_id")
        .annotate(followers=Count("subscriber", distinct=True))
        .order_by("-followers", "kind", "target_id")[:TOP]
    )
    return [Follow(kind=row["kind"], target_id=row["target_id"]) for row in rows], [
        row["followers"] for row in rows
    ]


def recent_editions():
    states = Alert.State
    return (
        Edition.objects.select_related("article")
        .annotate(
            sent=Count("alerts", filter=Q(alerts__state=states.SENT)),
            queued=Count("alerts", filter=Q(alerts__state=states.QUEUED)),
            skipped=Count("alerts", filter=Q(alerts__state=states.SKIPPED)),
        )
        .order_by("-requested_at")[:TOP]
    )


def report():
    follows, counts = followers_per_target()
    return {
        "subscribers": subscriber_counts(),
        "targets": list(zip(follows, counts, strict=True)),
        "editions": recent_editions(),
    }
