"""Scheduled publishing without a person: Wagtail's `publish_scheduled` run on a timer.

`windownews worker` runs this loop in a thread beside django-tasks-db's `db_worker`, and the
demo runs it in a small side process (`windownews scheduler`). Publishing goes through
Wagtail's own command, so it is logged, fires `page_published` (cache purge) and respects
expiry too."""

import logging
import threading
from contextlib import contextmanager

from django.core.management import call_command
from django.db import close_old_connections, connection

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 30
ADVISORY_LOCK = 0x574E5055  # "WNPU": PostgreSQL's advisory-lock id for scheduled publishing


def publish_due():
    """Publish every approved revision whose go-live time has passed; unpublish expired pages.

    Each `windownews worker` runs this loop, so with several workers only the one holding the
    lock does a round; the others find it taken and wait for their next turn. Two rounds at
    once could publish the same revision twice (two log entries, two purges)."""
    with only_one_publisher() as mine:
        if mine:
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


def run_scheduler(stop: threading.Event, interval=INTERVAL_SECONDS, alive=lambda: True):
    """Publish what is due now, then every `interval` seconds until `stop` is set."""
    while not stop.is_set() and alive():
        try:
            publish_due()
        except Exception:  # a failed round must not stop scheduled publishing for good
            log.exception("Scheduled publishing failed; trying again in %s s", interval)
        finally:
            # A long-lived loop must drop broken or expired connections, as a request would;
            # never inside a transaction (a test's), where that would close it under the caller.
            if not connection.in_atomic_block:
                close_old_connections()
        stop.wait(interval)


def start_scheduler_thread(interval=INTERVAL_SECONDS):
    stop = threading.Event()
    thread = threading.Thread(
        target=run_scheduler, args=(stop, interval), name="publish-scheduled", daemon=True
    )
    thread.start()
    return stop, thread
