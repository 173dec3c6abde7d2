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


def unanswered(client, addresses):
    """The old addresses that do not answer one 301 to a page answering 200 (a page that
    lives at its old address itself answers 200 there)."""
    failures = []
    for address in addresses:
        response = client.get(address)
        if response.status_code == 200:
            continue
        target = response.headers.get("Location", "")
        landed = client.get(target).status_code if response.status_code == 301 else None
        if response.status_code != 301 or landed != 200:
            failures.append((address, response.status_code, target, landed))
    return failures


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


EXPORTS = DATA / "exports"  # small real exports from other importers' tests (README there)
OLD = "https://old.example"


def export(folder, *items, channel="", link=OLD, version="1.2"):
    """A minimal WXR file of these <item>s (see `item`), written into `folder`."""
    path = folder / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/{version}/excerpt/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' xmlns:wp="http://wordpress.org/export/{version}/">\n<channel>\n'
        f"<title>Old site</title><link>{link}</link><wp:wxr_version>{version}</wp:wxr_version>\n"
        f"<wp:base_blog_url>{link}</wp:base_blog_url>\n{channel}\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n",
        encoding="utf-8",
    )
    return path


def item(wp_id, content="<p>Words.</p>", extra="", **fields):
    """One <item>; a field given as None is left out, as some exports leave it out."""
    values = {
        "title": f"Post {wp_id}",
        "post_type": "post",
        "status": "publish",
        "post_date_gmt": "2020-01-02 03:04:05",
        "post_name": f"post-{wp_id}",
        "link": f"{OLD}/2020/01/02/post-{wp_id}/",
        "creator": "editor",
        "excerpt": "",
        **fields,
    }
    names = {"title": "title", "link": "link", "creator": "dc:creator", "pubDate": "pubDate"}
    names |= {"excerpt": "excerpt:encoded"}
    xml = [f"<item><wp:post_id>{wp_id}</wp:post_id>"]
    xml.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    for name, value in values.items():
        if value is not None:
            tag = names.get(name, f"wp:{name}")
            xml.append(f"<{tag}><![CDATA[{value}]]></{tag}>")
    xml.append(extra)
    xml.append("</item>")
    return "".join(xml)


def comment(wp_id, body="Nice.", **fields):
    values = {
        "comment_author": "Reader",
        "comment_author_email": "reader@mail.example",
        "comment_date_gmt": "2020-01-03 10:00:00",
        "comment_approved": "1",
        "comment_type": "",
        "comment_parent": "0",
        "comment_content": body,
        **fields,
    }
    xml = [f"<wp:comment><wp:comment_id>{wp_id}</wp:comment_id>"]
    for name, value in values.items():
        if value is not None:
            xml.append(f"<wp:{name}><![CDATA[{value}]]></wp:{name}>")
    return "".join(xml) + "</wp:comment>"


def meta(key, value):
    return (
        f"<wp:postmeta><wp:meta_key>{key}</wp:meta_key>"
        f"<wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>"
    )


def attachment(wp_id, file, parent="0", extra="", **fields):
    return item(
        wp_id,
        "",
        meta("_wp_attached_file", file) + extra,
        post_type="attachment",
        status="inherit",
        post_parent=parent,
        attachment_url=f"{OLD}/wp-content/uploads/{file}",
        link=f"{OLD}/?attachment_id={wp_id}",
        **fields,
    )
