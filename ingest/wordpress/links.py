"""Old addresses of the WordPress site, and what they are now.

Every lookup goes through the mapping table (`WordPressItem`), so a link to a post imported
in an earlier run, or earlier in this one, is rewritten to its new page; a link to one not
imported yet keeps its old path (which the redirects will answer) and is recorded as pending,
to be rewritten the moment its target arrives."""

import re
from urllib.parse import parse_qs, unquote, urlsplit

from ingest.models import WordPressItem

SIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")
WP_IMAGE = re.compile(r"wp-image-(\d+)")
UPLOADS = "/wp-content/uploads/"
DATED_FILE = re.compile(r"/(\d{4}/\d{2}/[^/?#]+\.\w+)$")


def upload_key(url):
    """'/wp-content/uploads/2008/06/a.jpg' for any address of an uploaded file, else ''.

    WordPress.com serves uploads from files.wordpress.com without the wp-content part."""
    path = unquote(urlsplit(url).path)
    if UPLOADS in path:
        return UPLOADS + path[path.index(UPLOADS) + len(UPLOADS) :]
    match = DATED_FILE.search(path)
    return UPLOADS + match.group(1) if match else ""


def old_path(url):
    """'https://old.example/2010/01/x/?a=1' -> '/2010/01/x/?a=1' (the part a redirect matches)."""
    parts = urlsplit(url)
    path = unquote(parts.path) or "/"
    return f"{path}?{parts.query}" if parts.query else path


def old_upload_path(url):
    """'/blog/wp-content/uploads/2008/06/a.jpg': the path an old link to the file used, when
    the site served its own uploads ('' for a CDN's or WordPress.com's file host)."""
    path = old_path(url) if url else ""
    return path.split("?")[0] if UPLOADS in path else ""


def item_paths(kind, wp_id, link, guid="", base=""):
    """Every old address of an item: its permalink, /?p=ID (or ?page_id=) and its GUID.
    base: the old site's folder ("/blog"), where its /?p=ID answered."""
    query = {"post": "p", "page": "page_id", "attachment": "attachment_id"}.get(kind, "p")
    paths = {old_path(link)} if link else set()
    paths.add(f"{base}/?{query}={wp_id}")
    if guid and "?" in guid:
        paths.add(old_path(guid))
    return {path for path in paths if path and path != "/"}


class Links:
    def __init__(self, hosts):
        self.hosts = {host.lower() for host in hosts if host}
        self.pending = set()  # old paths linked to but not imported yet (this item)
        self.reusable = {}  # wp_block ID -> its content (reusable blocks; a few per site)

    def is_old(self, url):
        parts = urlsplit(url)
        return parts.netloc.lower() in self.hosts or (not parts.netloc and url.startswith("/"))

    def href(self, url):
        if not url or not self.is_old(url) or url.startswith("//") and not self.hosts:
            return url
        path = old_path(url)
        if upload_key(url):
            found = self.upload(url)
            return found.data.get("file_url", path) if found else url
        target = self.page_for(path) or self.attachment_for(path)
        if target is not None:
            return target
        if urlsplit(url).netloc:
            self.pending.add(path)
        return path

    def page_for(self, path):
        found = WordPressItem.objects.filter(url=path, kind__in=("post", "page")).first()
        if found is None:
            query = parse_qs(urlsplit(path).query)
            for key, kind in (("p", "post"), ("page_id", "page")):
                if key in query:
                    found = WordPressItem.objects.filter(kind=kind, wp_id=query[key][0]).first()
        return found.data.get("new_url") if found else None

    def attachment_for(self, path):
        """/?attachment_id=12 (an image's page): the image file itself."""
        ids = parse_qs(urlsplit(path).query).get("attachment_id")
        if not ids:
            return None
        found = WordPressItem.objects.filter(kind="attachment", wp_id=ids[0]).first()
        return found.data.get("file_url") if found else None

    def upload(self, url):
        """The attachment of an uploaded file's address, whichever size of it the address
        names: a-300x200.jpg is a.jpg, and since WordPress 5.3 a large a.jpg is kept as
        a-scaled.jpg (or a-rotated.jpg) while the post shows its sizes a-1024x768.jpg."""
        path = upload_key(url)
        whole = SIZED.sub("", path)
        stem, dot, suffix = whole.rpartition(".")
        kept = {f"{stem}-scaled.{suffix}", f"{stem}-rotated.{suffix}"} if dot else set()
        return (
            WordPressItem.objects.filter(kind="attachment", url__in={path, whole, *kept})
            .exclude(object_id=0)
            .order_by("pk")
            .first()
        )

    def image(self, src, classes=""):
        match = WP_IMAGE.search(classes or "")
        found = self.image_by_id(match.group(1)) if match else None
        # By its path under uploads/ whatever the host: a site that moved (http to https, a new
        # domain, a CDN) keeps its old addresses in old posts.
        if found is None and src and upload_key(src):
            found = self.describe(self.upload(src))
        return found

    def image_by_id(self, wp_id):
        return self.describe(
            WordPressItem.objects.filter(kind="attachment", wp_id=wp_id)
            .exclude(object_id=0)
            .first()
        )

    def attached_images(self, post_id):
        return [
            self.describe(found)
            for found in WordPressItem.objects.filter(kind="attachment", parent_wp_id=post_id)
            .exclude(object_id=0)
            .order_by("pk")
        ]

    @staticmethod
    def describe(found):
        """(Image, alt, caption, credit) for an imported image, else None."""
        if found is None or found.data.get("type") != "image":
            return None
        from wagtail.images import get_image_model

        image = get_image_model().objects.filter(pk=found.object_id).first()
        if image is None:
            return None
        data = found.data
        return image, data.get("alt", ""), data.get("caption", ""), data.get("credit", "")
