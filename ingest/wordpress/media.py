"""Attachments: the file from the local copy of wp-content/uploads, as a Wagtail image (or a
document for audio, video, PDF ...). A missing file is a reported skip, never a crash."""

import re
from pathlib import Path

from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from ingest.loader import root_collection
from ingest.wordpress.links import UPLOADS, upload_key
from ingest.wordpress.plaintext import plain

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff"}
CREDIT = re.compile(r's:6:"credit";s:\d+:"([^"]*)"')


class MissingFile(Exception):
    pass


def relative_path(item):
    """'2008/06/canola2.jpg': where the file lies under uploads/."""
    stored = item.meta.get("_wp_attached_file", "")
    if stored:
        return stored.lstrip("/")
    return upload_key(item.attachment_url or item.guid).removeprefix(UPLOADS)


def source_file(item, uploads):
    relative = relative_path(item)
    if not uploads:
        raise MissingFile("media file not imported: no --uploads folder given")
    root = Path(uploads).resolve()
    path = (root / relative).resolve()
    if not relative or root not in path.parents or not path.is_file():
        raise MissingFile(f"media file missing from the uploads folder: {relative}")
    return path


def describe(item):
    """What the image block needs besides the file: alt text, caption, credit."""
    credit = CREDIT.search(item.meta.get("_wp_attachment_metadata", ""))
    return {
        "alt": plain(item.meta.get("_wp_attachment_image_alt", ""))[:300],
        "caption": plain(item.excerpt)[:500],
        "credit": credit.group(1)[:200] if credit else "",
    }


def save(item, uploads, existing=None):
    """Create or update the image/document; returns (object, {"type": ..., "file_url": ...})."""
    path = source_file(item, uploads)
    is_image = path.suffix.lower() in IMAGE_SUFFIXES
    model = get_image_model() if is_image else get_document_model()
    target = existing if isinstance(existing, model) else model(collection=root_collection())
    target.title = (item.title or path.stem)[:255]
    if target.pk is None:
        with path.open("rb") as stream:
            target.file.save(path.name, File(stream), save=False)
    target.save()
    return target, {"type": "image" if is_image else "document", "file_url": target.file.url}
