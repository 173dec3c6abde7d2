"""Scheduled publishing without a person: Wagtail's `publish_scheduled`, run when a go-live or
expiry time comes (the loop sleeps until the next one, looking again every POLL_SECONDS for
times set meanwhile), so an article goes live within a second or two of its time.

`windownews worker` runs this loop in a thread beside django-tasks-db's `db_worker`, and the
demo runs it in a small side process (`windownews scheduler`). Publishing goes through
Wagtail's own command, so it is logged, fires `page_published` (cache purge) and respects
expiry too."""

import logging
import threading
from contextlib import contextmanager

from django.core.management import call_command
from django.db import close_old_connections, connection, transaction
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Page, Revision

log = logging.getLogger(__name__)
# Other apps' work that falls due by the clock with no event to announce it (an embargo lifting
# for the followers of an article), filled at start-up and run after every round.
ROUND_HOOKS = []
POLL_SECONDS = 2  # the longest a newly scheduled time waits to be noticed
ADVISORY_LOCK = 0x574E5055  # "WNPU": PostgreSQL's advisory-lock id for scheduled publishing


def enqueue_after(task, *args, run_after=None):
    """Queues `task(*args)` to run at `run_after` where the task backend can defer it, else at
    once (in-process tasks cannot wait; the scheduler's round catches up what must)."""
    if run_after and task.get_backend().supports_defer:
        task = task.using(run_after=run_after)
    task.enqueue(*args)


def publish_due():
    """Publish every approved revision whose go-live time has passed; unpublish expired pages.

    Each `windownews worker` runs this loop, so with several workers only the one holding the
    lock does a round; the others find it taken and wait for their next turn. Two rounds at
    once could publish the same revision twice (two log entries, two purges)."""
    with only_one_publisher() as mine:
        if mine:
            # One transaction: what readers see is purged once everything is written.
            with transaction.atomic():
                call_command("publish_scheduled", verbosity=0)
        return mine


@contextmanager
def only_one_publisher():
    """A PostgreSQL session advisory lock; SQLite (the one-machine demo) needs none."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_LOCK])
        mine = cursor.fetchone()[0]
    try:
        yield mine
    finally:
        if mine:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK])


def next_due():
    """The earliest approved go-live time or expiry of a live page, or None."""
    times = [
        Revision.objects.aggregate(due=Min("approved_go_live_at"))["due"],
        Page.objects.filter(live=True).aggregate(due=Min("expire_at"))["due"],
    ]
    return min((due for due in times if due is not None), default=None)


def one_round(poll=POLL_SECONDS) -> float:
    """Publish what is due; return how long to sleep: until the next time, at most `poll`."""
    due = next_due()
    if due is not None and due <= timezone.now():
        publish_due()
        due = next_due()
    for hook in ROUND_HOOKS:
        hook()
    if due is None or due <= timezone.now():  # nothing, or another worker holds the lock
        return poll
    return min(poll, (due - timezone.now()).total_seconds())


def run_scheduler(stop: threading.Event, interval=POLL_SECONDS, alive=lambda: True):
    """Publish what is due now, then whenever something falls due, until `stop` is set."""
    while not stop.is_set() and alive():
        wait = interval
        try:
            wait = one_round(interval)
        except Exception:  # a failed round must not stop scheduled publishing for good
            log.exception("Scheduled publishing failed; trying again in %s s", interval)
        finally:
            # A long-lived loop must drop broken or expired connections, as a request would;
            # never inside a transaction (a test's), where that would close it under the caller.
            if not connection.in_atomic_block:
                close_old_connections()
        stop.wait(wait)


def start_scheduler_thread(interval=POLL_SECONDS):
    stop = threading.Event()
    thread = threading.Thread(
        target=run_scheduler, args=(stop, interval), name="publish-scheduled", daemon=True
    )
    thread.start()
    return stop, thread
