"""Administrators upload an export in the admin and follow the run; other roles are refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks_db.models import DBTaskResult

from ingest.models import ImportRun
from ingest.tests.wordpress import BLOCKS, LAUGHS


def test_it_imports_an_uploaded_export_for_an_administrator(client, administrator, settings):
    client.force_login(administrator)
    assert "/admin/wordpress-import/" in client.get("/admin/").content.decode()  # Settings menu
    upload = SimpleUploadedFile("site.xml", BLOCKS.read_bytes(), content_type="text/xml")
    response = client.post("/admin/wordpress-import/", {"export": upload})
    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert run.status == ImportRun.Status.DONE  # the immediate task backend ran it
    page = client.get(f"/admin/wordpress-import/{run.pk}/").content.decode()
    assert "<progress" in page and "posts" in page


def test_it_queues_the_import_for_the_worker_and_follows_it(
    client, administrator, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # production's
    client.force_login(administrator)
    upload = SimpleUploadedFile("site.xml", BLOCKS.read_bytes(), content_type="text/xml")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/admin/wordpress-import/", {"export": upload})
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.QUEUED  # the request only queued it
    waiting = client.get(f"/admin/wordpress-import/{run.pk}/").content.decode()
    assert '<progress max="100" value="0"' in waiting and 'http-equiv="refresh"' in waiting

    # What `windownews worker` (db_worker) does with it; the worker itself closes the database
    # connection between tasks, which the test's transaction would not survive.
    queued = DBTaskResult.objects.get(task_path="ingest.tasks.import_wordpress")
    queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])

    run.refresh_from_db()
    assert run.status == ImportRun.Status.DONE and run.done == run.total > 0
    done = client.get(f"/admin/wordpress-import/{run.pk}/").content.decode()
    assert 'value="100"' in done and 'http-equiv="refresh"' not in done
    assert "<td>posts</td><td>61</td><td>61</td>" in done


def test_it_shows_why_a_bad_file_failed(client, administrator):
    client.force_login(administrator)
    upload = SimpleUploadedFile("laughs.xml", LAUGHS.encode(), content_type="text/xml")
    client.post("/admin/wordpress-import/", {"export": upload})
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    page = client.get(f"/admin/wordpress-import/{run.pk}/").content.decode()
    assert "line 1: the file declares a DTD or entities" in page


def test_it_gives_the_upload_back_with_an_error(client, administrator):
    client.force_login(administrator)
    upload = SimpleUploadedFile("site.txt", b"hello", content_type="text/plain")
    response = client.post("/admin/wordpress-import/", {"export": upload, "dry_run": "on"})
    assert response.status_code == 200
    assert "Choose the .xml file" in response.content.decode()
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize("persona", ["reporter", "editor", "moderator"])
def test_it_refuses_every_other_role(db, client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    for response in (
        client.get("/admin/wordpress-import/"),
        client.post("/admin/wordpress-import/", {}),
    ):
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response.url == "/admin/"
    assert "wordpress-import" not in client.get("/admin/").content.decode()
