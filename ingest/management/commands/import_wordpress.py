import sys
import time

from django.core.management.base import BaseCommand, CommandError

from ingest.models import ImportRun
from ingest.wordpress.parse import ExportError
from ingest.wordpress.run import run_import


class Command(BaseCommand):
    help = "Import a WordPress export (WXR): posts, pages, media, comments, redirects."

    def add_arguments(self, parser):
        parser.add_argument("export", help="the WXR file WordPress's Tools > Export made")
        parser.add_argument("--uploads", help="a copy of the old site's wp-content/uploads")
        parser.add_argument("--dry-run", action="store_true", help="read and report, keep nothing")

    def handle(self, *args, export, uploads=None, dry_run=False, **options):
        for gone in ImportRun.objects.settle_interrupted():
            if gone.source == export:
                self.stdout.write(f"Resuming the import stopped at {gone.done} of {gone.total}.")
        record = ImportRun.objects.create(source=export, dry_run=dry_run)
        record.claim()
        # On a terminal one line redrawn; with -v 2 elsewhere, a line per step (for a log or a
        # supervising process, which can tell how far the import has got).
        if sys.stderr.isatty():
            meter = Meter(self.stderr)
        else:
            meter = Meter(self.stdout if options["verbosity"] >= 2 else None, end="\n")

        def progress(done, total, phase):
            record.beat(done, total)
            meter.show(done, total, phase)

        try:
            report = run_import(export, uploads, dry_run, progress=progress)
        except (ExportError, OSError) as error:
            record.status, record.error = ImportRun.Status.FAILED, str(error)
            record.save()
            raise CommandError(f"{export}: {error}") from None
        except KeyboardInterrupt:  # Ctrl-C: what was committed stays, and a re-run resumes
            record.interrupt()
            raise
        record.finish(report)
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(
            f"{'Dry run: nothing kept. ' if dry_run else ''}Done in {report.seconds:.1f} s."
        )


class Meter:
    """items done/total, rate and ETA: on one terminal line, or a line each."""

    def __init__(self, stream, end=""):
        self.stream, self.started, self.end = stream, time.monotonic(), end

    def show(self, done, total, phase):
        if self.stream is None:
            return
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = done / elapsed
        eta = (total - done) / rate if rate and total else 0
        start = "" if self.end else "\r"  # a terminal's line is redrawn in place
        self.stream.write(
            f"{start}{done}/{total} items ({phase}) · {rate:.0f} items/s · ETA {eta:.0f} s   ",
            ending=self.end,
        )
        self.stream.flush()
