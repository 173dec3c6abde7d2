"""Attachments arrive as images and documents whatever the library's state: a database with no
root collection (emptied since its migrations, as a transactional test's flush leaves it) still
takes them, and the posts find their featured images."""

from wagtail.models import Collection

from ingest.tests.wordpress import THEME, UPLOADED, run, uploads
from newsroom.models import ArticlePage


def test_it_imports_images_into_a_library_without_a_root(db, tmp_path):
    Collection.objects.all().delete()
    report = run(THEME, uploads(tmp_path))
    assert not [error for error in report.errors if error.startswith("attachment")]
    assert report.counts["attachments"]["imported"] == len(UPLOADED)
    featured = ArticlePage.objects.get(title="Template: Featured Image (Horizontal)")
    assert featured.lead_image.collection == Collection.get_first_root_node()
