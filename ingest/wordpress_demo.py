"""The demo's moved-in WordPress site: WordPress's own theme test export (`ingest/data/`),
imported once in the background beside the demo's server (a first start does not wait for it),
so a newcomer sees what a move brings: posts with their pictures, galleries and embeds, threaded
comments, and the old addresses answering with redirects.

The export's media files are not in it (they live on WordPress's test site, and the demo needs
no network), so each picture it names is drawn as a labelled stand-in in a local uploads folder;
the pictures then take the importer's whole path (file, alt text, caption, lead image, gallery)."""

import io
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from ingest.models import ImportRun
from ingest.wordpress import media, parse
from pictures import drawing

EXPORT = Path(__file__).resolve().parent / "data" / "wordpress-theme-test.xml"
# What the start-up text points at; a test checks that each answers as promised.
SHOWN = {
    "a featured image": "/news/template-featured-image-horizontal/",
    "a gallery": "/news/post-format-gallery/",
    "a YouTube embed": "/news/post-format-video-youtube/",
    "threaded comments": "/news/template-comments/",
}
OLD_ADDRESS = "/2012/01/03/template-comments/"  # the comments post's WordPress permalink


def startup_text(url):
    return [
        "A WordPress site moves in beside it (in the background; a minute or so on first start):",
        *(f"  {what:<18} {url}{path}" for what, path in SHOWN.items()),
        f"  {'an old address':<18} {url}{OLD_ADDRESS} (a 301 to its new page)",
        f"  {'the report':<18} {url}/admin/wordpress-import/",
        "  Move your own: windownews import-wordpress export.xml --uploads wp-content/uploads",
    ]


def draw_uploads(folder):
    """A stand-in file for every picture the export names, drawn once."""
    for item in parse.read(EXPORT):
        if not isinstance(item, parse.Item) or item.post_type != "attachment":
            continue
        path = folder / media.relative_path(item)
        if path.suffix.lower() not in media.IMAGE_SUFFIXES or path.exists():
            continue  # audio and video stay missing: the report lists them as skips
        path.parent.mkdir(parents=True, exist_ok=True)
        drawing.title_card("Stand-in picture", item.title or path.stem).save(path)
    return folder


def import_site():
    """Import the export unless a finished run did; returns this run's record, else None."""
    done = ImportRun.objects.filter(source=str(EXPORT), status=ImportRun.Status.DONE)
    if done.filter(dry_run=False).exists():
        return None
    folder = draw_uploads(Path(settings.DATA_DIR) / "wordpress-uploads")
    quiet = io.StringIO()  # the report is in the admin; the terminal gets one line
    call_command("import_wordpress", str(EXPORT), uploads=str(folder), stdout=quiet, stderr=quiet)
    return ImportRun.objects.filter(source=str(EXPORT)).first()


def summary(run):
    counts = run.report.get("counts", {})
    kinds = ("posts", "pages", "attachments", "comments")
    done = ", ".join(
        f"{counts[kind]['imported'] + counts[kind]['updated']} {kind}" for kind in kinds
    )
    seconds = (run.finished_at - run.created_at).total_seconds() if run.finished_at else 0
    return f"WordPress site moved in: {done} in {seconds:.0f} s."
