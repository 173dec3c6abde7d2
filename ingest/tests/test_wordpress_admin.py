"""Administrators upload an export in the admin and follow the run; other roles are refused."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ingest.models import ImportRun
from ingest.tests.wordpress import BLOCKS


def test_it_imports_an_uploaded_export_for_an_administrator(client, administrator, settings):
    client.force_login(administrator)
    upload = SimpleUploadedFile("site.xml", BLOCKS.read_bytes(), content_type="text/xml")
    response = client.post("/admin/wordpress-import/", {"export": upload})
    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert run.status == ImportRun.Status.DONE  # the immediate task backend ran it
    page = client.get(f"/admin/wordpress-import/{run.pk}/").content.decode()
    assert "<progress" in page and "posts" in page


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
