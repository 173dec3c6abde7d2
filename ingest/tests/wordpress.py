"""Shared by the WordPress import tests: the two real exports and a small uploads folder."""

from contextlib import contextmanager
from pathlib import Path

from PIL import Image

DATA = Path(__file__).parent / "data"
THEME = DATA / "themeunittestdata.wordpress.xml"
BLOCKS = DATA / "64-block-test-data.xml"
# A few of the theme export's images, drawn as plain pictures under the paths the export names.
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss><channel><title>&lol2;</title></channel></rss>"""
UPLOADED = ("2008/06/canola2.jpg", "2013/03/featured-image-horizontal.jpg", "2008/06/windmill.jpg")


def uploads(folder):
    for relative in UPLOADED:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (640, 480), (30, 90, 150)).save(path)
    return folder


def run(path, folder=None, **options):
    from ingest.wordpress.run import run_import

    return run_import(str(path), str(folder) if folder else None, **options)


@contextmanager
def rolled_back_at_end(django_db_blocker):
    """Database writes that last until the block ends, then are rolled back.

    For a module-scoped fixture: an import done once inside this block is seen by every test of
    the module, whose own `db` transaction nests inside as a savepoint (so what a test writes is
    still undone after it); nothing reaches the next module. Not in a module with transactional
    (live-server) tests: those flush the database, and would find this transaction open."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)
