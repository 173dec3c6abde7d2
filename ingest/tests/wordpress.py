"""Shared by the WordPress import tests: the two real exports and a small uploads folder."""

from pathlib import Path

from PIL import Image

DATA = Path(__file__).parent / "data"
THEME = DATA / "themeunittestdata.wordpress.xml"
BLOCKS = DATA / "64-block-test-data.xml"
# A few of the theme export's images, drawn as plain pictures under the paths the export names.
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
