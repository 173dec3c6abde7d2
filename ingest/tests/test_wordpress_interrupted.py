"""A run whose process is gone (killed, its machine restarted) is shown as interrupted and
resumable, not "running" for ever; a run whose process lives is left alone."""

import os
import socket
import subprocess
import sys
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from ingest.models import ImportRun
from ingest.tests.wordpress import BLOCKS


def ended_pid():
    """The pid of a process that has run and been reaped."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout)


def running(**fields):
    fields = {"host": socket.gethostname(), "heartbeat_at": timezone.now(), **fields}
    return ImportRun.objects.create(
        source="site.xml", status=ImportRun.Status.RUNNING, done=100, total=186, **fields
    )


def status_of(run):
    run.refresh_from_db()
    return run.status


def test_it_shows_a_run_whose_process_ended_as_interrupted(client, administrator):
    run = running(pid=ended_pid(), export=SimpleUploadedFile("site.xml", BLOCKS.read_bytes()))
    client.force_login(administrator)
    listing = client.get("/admin/wordpress-import/").content.decode()
    assert "Import of site.xml (Interrupted)" in listing
    assert "stopped at 100 of 186 items: resumable" in listing
    assert status_of(run) == ImportRun.Status.INTERRUPTED
    page = client.get(f"/admin/wordpress-import/{run.pk}/").content.decode()
    assert "The import stopped at 100 of 186 items" in page
    assert "Resume the import" in page and 'http-equiv="refresh"' not in page


def test_it_resumes_an_interrupted_upload_from_the_same_file(client, administrator):
    export = SimpleUploadedFile("site.xml", BLOCKS.read_bytes())
    run = running(pid=ended_pid(), export=export)
    client.force_login(administrator)
    client.get(f"/admin/wordpress-import/{run.pk}/")
    response = client.post(f"/admin/wordpress-import/{run.pk}/resume/")
    again = ImportRun.objects.exclude(pk=run.pk).get()
    assert response.url == f"/admin/wordpress-import/{again.pk}/"
    assert again.export.name == ImportRun.objects.get(pk=run.pk).export.name
    assert again.status == ImportRun.Status.DONE  # the immediate task backend ran it
    assert again.report["counts"]["posts"]["imported"] > 0
    assert status_of(run) == ImportRun.Status.INTERRUPTED  # its own record stays as it ended


def test_it_tells_a_command_line_run_to_be_started_again(client, administrator):
    run = running(pid=ended_pid())
    client.force_login(administrator)
    page = client.get(f"/admin/wordpress-import/{run.pk}/").content.decode()
    assert "run <code>windownews import-wordpress site.xml</code> again" in page
    assert "Resume the import" not in page


def test_it_leaves_a_run_whose_process_lives_running(db):
    run = running(pid=os.getpid(), heartbeat_at=timezone.now() - timedelta(days=1))
    assert ImportRun.objects.settle_interrupted() == []
    assert status_of(run) == ImportRun.Status.RUNNING


def test_it_judges_another_machine_s_run_by_its_heartbeat(db):
    an_hour_ago = timezone.now() - timedelta(hours=1)
    silent = running(host="worker-2.invalid", pid=1, heartbeat_at=an_hour_ago)
    beating = running(host="worker-3.invalid", pid=1)
    assert ImportRun.objects.settle_interrupted() == [silent]
    assert status_of(silent) == ImportRun.Status.INTERRUPTED
    assert status_of(beating) == ImportRun.Status.RUNNING
