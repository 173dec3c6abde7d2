"""What an import remembers: which WordPress item became which object, and each run's report."""

import os
import socket
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class WordPressItem(models.Model):
    """One WordPress thing (post, page, attachment, comment, author, term) and what it became.

    Written in the same transaction as the object: an import killed at any point and started
    again finds what was done and neither duplicates it nor leaves a dangling reference."""

    kind = models.CharField(max_length=20)
    wp_id = models.CharField(max_length=200)
    guid = models.CharField(max_length=500, blank=True)
    url = models.CharField(max_length=500, blank=True, help_text="The old address, for links.")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    checksum = models.CharField(max_length=64, blank=True)
    parent_wp_id = models.CharField(max_length=200, blank=True)
    data = models.JSONField(default=dict, blank=True, help_text="e.g. an image's alt text.")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "wp_id"], name="wordpress_item_once")
        ]
        indexes = [
            models.Index(fields=["url"]),
            models.Index(fields=["kind", "guid"]),
            models.Index(fields=["kind", "parent_wp_id"]),
        ]

    def __str__(self):
        return f"WordPress {self.kind} {self.wp_id}"

    @property
    def target(self):
        return self.content_type.get_object_for_this_type(pk=self.object_id)


class PendingReference(models.Model):
    """A reference from an imported object to an item not imported yet (a link to a later post,
    a page whose parent comes later). Resolved the moment the target arrives."""

    waiting = models.ForeignKey(WordPressItem, on_delete=models.CASCADE, related_name="waits_for")
    target_kind = models.CharField(max_length=20)
    target_wp_id = models.CharField(max_length=200, blank=True)
    target_url = models.CharField(max_length=500, blank=True)
    role = models.CharField(max_length=20)  # "link" or "parent"

    class Meta:
        indexes = [
            models.Index(fields=["target_kind", "target_wp_id"]),
            models.Index(fields=["target_url"]),
        ]

    def __str__(self):
        return f"{self.waiting} waits for {self.target_url or self.target_wp_id} ({self.role})"


# A running import writes its heartbeat every 25 items, committed with its chunk of 50: even
# at the slowest rate measured (1.4 posts/s on a loaded machine, bench/README.md) that is well
# under a minute apart. A run silent for this long has stopped.
SILENT_FOR = timedelta(minutes=10)


def process_alive(pid):
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, run by another user
        return True
    return True


class ImportRunQuerySet(models.QuerySet):
    def settle_interrupted(self):
        """Mark as interrupted every run said to be running whose process is gone (killed,
        the machine restarted): it would otherwise show "running" for ever. Returns them."""
        gone = [run for run in self.filter(status=ImportRun.Status.RUNNING) if run.process_gone()]
        for run in gone:
            run.interrupt()
        return gone


class ImportRun(models.Model):
    class Status(models.TextChoices):
        # The labels are what the editor watching the import reads on its report page.
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Importing"
        DONE = "done", "Finished"
        FAILED = "failed", "Failed"
        INTERRUPTED = "interrupted", "Interrupted"

    export = models.FileField(upload_to="wordpress-exports/", blank=True)
    source = models.CharField(max_length=500, help_text="The export's file name.")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    dry_run = models.BooleanField(default=False)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    report = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Who runs it and when it last said so: how a run whose process died is told apart.
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Import of {self.source} ({self.get_status_display()})"

    def perform(self):
        """Run the import this record describes, keeping its progress and report up to date."""
        from ingest.wordpress.parse import ExportError
        from ingest.wordpress.run import run_import

        ImportRun.objects.settle_interrupted()
        self.claim()
        try:
            report = run_import(self.export.path, None, self.dry_run, self.beat)
        except (ExportError, OSError) as error:
            return self.fail(str(error))
        except Exception as error:  # the screen must not say "running" for ever; the worker logs it
            self.fail(f"the import stopped: {error!r}. What was imported is kept; run it again.")
            raise
        self.finish(report)

    def claim(self):
        """This process runs the import now (the command, or the worker that picked it up)."""
        self.status, self.host, self.pid = self.Status.RUNNING, socket.gethostname(), os.getpid()
        self.heartbeat_at = timezone.now()
        self.save(update_fields=["status", "host", "pid", "heartbeat_at"])

    def beat(self, done, total, phase=""):
        """Progress, and a sign of life. Committed with the chunk of items it follows."""
        self.done, self.total, self.heartbeat_at = done, total, timezone.now()
        ImportRun.objects.filter(pk=self.pk).update(
            done=done, total=total, heartbeat_at=self.heartbeat_at
        )

    def process_gone(self):
        if self.host == socket.gethostname() and self.pid:
            # Same machine: ask the process itself, so a killed run is seen at once and a dry
            # run (whose heartbeats commit only at its end) is never taken for a dead one.
            return not process_alive(self.pid)
        last = self.heartbeat_at or self.created_at
        return timezone.now() - last > SILENT_FOR

    def interrupt(self):
        where = f" on {self.host}" if self.host else ""
        self.status, self.finished_at = self.Status.INTERRUPTED, timezone.now()
        self.error = (
            f"The import stopped at {self.done} of {self.total or '?'} items: its process{where}"
            " ended without finishing. What it imported is kept; start the same export again"
            " and it carries on from there, adding nothing twice."
        )
        self.save(update_fields=["status", "error", "finished_at"])

    @property
    def resumable(self):
        return self.status == self.Status.INTERRUPTED

    def fail(self, message):
        self.status, self.error, self.finished_at = self.Status.FAILED, message, timezone.now()
        self.save(update_fields=["status", "error", "finished_at"])  # keeps how far it got

    def finish(self, report):
        self.status = self.Status.DONE
        self.report, self.finished_at = report.as_dict(), timezone.now()
        self.done = self.total = sum(c["in_file"] for c in report.counts.values())
        self.save()

    @property
    def percent(self):
        return int(100 * self.done / self.total) if self.total else 0
