"""A streaming reader of WordPress eXtended RSS (WXR 1.1/1.2) exports.

The file is read with lxml's `iterparse`, hardened: no DTD, no entity expansion, no network,
libxml2's size limits on (`huge_tree` off). Every element is cleared once read, so memory stays
flat whatever the size of the export. `read(path)` yields one record per author, term and item.
"""

import hashlib
from dataclasses import dataclass, field

from django.utils.text import slugify
from lxml import etree

from ingest.text import clean
from ingest.wordpress.dates import rfc822, usable
from ingest.wordpress.plaintext import plain

HEADER_BYTES = 65_536


class ExportError(ValueError):
    """The file is not a readable WXR export; the message names the line and the last item."""


@dataclass
class Site:
    title: str = ""
    link: str = ""
    base_url: str = ""
    wxr_version: str = ""


@dataclass
class Author:
    login: str
    email: str
    display_name: str
    wp_id: str = ""


@dataclass
class Term:
    kind: str  # "category", "tag" or another taxonomy's name
    wp_id: str
    slug: str
    name: str
    parent: str = ""  # the parent's slug, for categories
    description: str = ""


@dataclass
class Item:
    wp_id: str
    post_type: str
    title: str
    link: str
    guid: str
    creator: str
    content: str
    excerpt: str
    date_gmt: str
    modified_gmt: str
    status: str
    slug: str
    parent: str
    password: str
    attachment_url: str
    line: int
    checksum: str
    terms: list = field(default_factory=list)  # [(domain, slug, name)]
    meta: dict = field(default_factory=dict)
    comments: list = field(default_factory=list)  # [dict]
    notes: list = field(default_factory=list)  # what the reader had to guess, for the report


def localname(element):
    return etree.QName(element).localname


def _prefix(element):
    """wp, excerpt, content, dc or '' whatever the version in the namespace URI."""
    uri = etree.QName(element).namespace or ""
    for marker, prefix in (
        ("/excerpt/", "excerpt"),
        ("wordpress.org/export", "wp"),
        ("purl.org/rss/1.0/modules/content", "content"),
        ("purl.org/dc/", "dc"),
    ):
        if marker in uri:
            return prefix
    return ""


def key(element):
    prefix = _prefix(element)
    return f"{prefix}:{localname(element)}" if prefix else localname(element)


def text(element):
    return clean(element.text or "").strip() if element is not None else ""


def fields(element):
    """The element's simple children as {"wp:post_id": "12", ...} (the first of each)."""
    found = {}
    for child in element:
        if isinstance(child.tag, str):
            found.setdefault(key(child), text(child))
    return found


def check_header(path):
    """WXR never declares a DTD: one is refused outright, which stops entity bombs."""
    with open(path, "rb") as stream:
        head = stream.read(HEADER_BYTES)
    if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
        raise ExportError("line 1: the file declares a DTD or entities; a WXR export has none.")
    if b"<rss" not in head:
        raise ExportError("the file is not a WordPress export (no <rss> element at its start).")


# XML 1.0 refuses the ASCII control characters but tab and the line ends; WordPress writes a
# post's text into CDATA as it is, and text pasted from a word processor brings some (a vertical
# tab, a form feed, a backspace). In UTF-8 these bytes are never part of another character.
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 13})


class XmlText:
    """The file's bytes without those characters, read as lxml asks (line numbers unchanged)."""

    def __init__(self, path):
        self.stream = open(path, "rb")  # noqa: SIM115 (closed by the reader that made it)

    def read(self, size=-1):
        while True:
            chunk = self.stream.read(size)
            kept = chunk.translate(None, CONTROL_BYTES)
            if kept or not chunk:  # an empty answer means the end of the file to lxml
                return kept

    def close(self):
        self.stream.close()


def read(path):
    """Yield Site (once, before the first item), Author, Term and Item records in file order."""
    check_header(path)
    site, site_sent, last = Site(), False, "the start of the file"
    stream = XmlText(path)
    parser = etree.iterparse(
        stream,
        events=("end",),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
    )
    try:
        for _, element in parser:
            parent = element.getparent()
            if parent is None or localname(parent) != "channel":
                continue
            record = _record(element, site)
            if record is not None:
                if not site_sent:
                    site_sent = True
                    yield _checked(site)
                last = _describe(record)
                yield record
            element.clear(keep_tail=False)
            while element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as error:
        line = error.lineno or "?"
        raise ExportError(f"line {line}: {error.msg} (after {last})") from None
    finally:
        stream.close()
    if not site_sent:
        yield _checked(site)


def count_items(path):
    """How many <item>s, and is the file whole? A quick read that builds no records."""
    check_header(path)
    found, stream = 0, XmlText(path)
    parser = etree.iterparse(
        stream,
        events=("end",),
        tag="item",
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
    )
    last = "the start of the file"
    try:
        for _, element in parser:
            found += 1
            kind, wp_id = element.findtext("{*}post_type"), element.findtext("{*}post_id")
            title = (element.findtext("title") or "")[:60]
            last = f'{kind or "item"} {wp_id} "{title}" (line {element.sourceline})'
            element.clear(keep_tail=False)
            parent = element.getparent()
            while element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as error:
        raise ExportError(f"line {error.lineno or '?'}: {error.msg} (after {last})") from None
    finally:
        stream.close()
    return found


def _checked(site):
    if not site.wxr_version:
        raise ExportError("the file is not a WordPress export (no <wp:wxr_version>).")
    return site


def _describe(record):
    if isinstance(record, Item):
        return f'{record.post_type} {record.wp_id} "{record.title[:60]}" (line {record.line})'
    return f"{type(record).__name__.lower()} {getattr(record, 'wp_id', '') or record}"


def _record(element, site):
    name = key(element)
    if name == "item":
        return item(element)
    if name == "wp:author":
        return _author(element)
    if name in ("wp:category", "wp:tag", "wp:term"):
        return _term(name, element)
    value = text(element)
    if name == "title":
        site.title = value
    elif name == "link":
        site.link = value
    elif name == "wp:base_blog_url":
        site.base_url = value
    elif name == "wp:wxr_version":
        site.wxr_version = value
    return None


def _author(element):
    f = fields(element)
    return Author(
        login=f.get("wp:author_login", ""),
        email=f.get("wp:author_email", ""),
        display_name=plain(f.get("wp:author_display_name", "")) or f.get("wp:author_login", ""),
        wp_id=f.get("wp:author_id", ""),
    )


# A term's slug, name, parent and description in each of WXR's three spellings of a term
# (a tag has no parent).
TERM_FIELDS = {
    "wp:category": ("category_nicename", "cat_name", "category_parent", "category_description"),
    "wp:tag": ("tag_slug", "tag_name", None, "tag_description"),
    "wp:term": ("term_slug", "term_name", "term_parent", "term_description"),
}


def _term(name, element):
    f = fields(element)
    if name == "wp:term":
        taxonomy = f.get("wp:term_taxonomy", "")
        kind = {"post_tag": "tag"}.get(taxonomy, taxonomy)
    else:
        kind = name.removeprefix("wp:")
    slug, name, parent, description = (
        f.get(f"wp:{key}", "") if key else "" for key in TERM_FIELDS[name]
    )
    name, description = plain(name), plain(description)
    # WordPress stores a term's slug percent-encoded (a non-Latin name's); hand-made files
    # sometimes give none.
    slug = slug or slugify(name, allow_unicode=True)
    return Term(kind, f.get("wp:term_id", ""), slug, name, parent, description)


# Old exports (WordPress 2.x, WXR 1.0) name a post's tags with domain="tag".
TERM_DOMAINS = {"tag": "post_tag"}


def item(element):
    f = fields(element)
    record = Item(
        wp_id=f.get("wp:post_id", ""),
        post_type=f.get("wp:post_type", "") or "post",
        title=plain(f.get("title", "")),
        link=f.get("link", ""),
        guid=f.get("guid", ""),
        creator=f.get("dc:creator", ""),
        content=f.get("content:encoded", ""),
        excerpt=f.get("excerpt:encoded", ""),
        date_gmt=f.get("wp:post_date_gmt", ""),
        modified_gmt=f.get("wp:post_modified_gmt", "") or f.get("wp:post_modified", ""),
        status=f.get("wp:status", ""),
        slug=f.get("wp:post_name", ""),
        parent=f.get("wp:post_parent", "0"),
        password=f.get("wp:post_password", ""),
        attachment_url=f.get("wp:attachment_url", ""),
        line=element.sourceline or 0,
        checksum=hashlib.sha256(etree.tostring(element)).hexdigest(),
    )
    for child in element:
        name = key(child) if isinstance(child.tag, str) else ""
        if name == "category":
            domain = child.get("domain", "")
            term = plain(text(child))
            slug = child.get("nicename", "") or slugify(term, allow_unicode=True)
            record.terms.append((TERM_DOMAINS.get(domain, domain), slug, term))
        elif name == "wp:postmeta":
            meta = fields(child)
            record.meta.setdefault(meta.get("wp:meta_key", ""), meta.get("wp:meta_value", ""))
        elif name == "wp:comment":
            record.comments.append(fields(child))
    if not record.status and record.post_type != "attachment":
        # WordPress's own importer makes such an item a draft: kept, and never shown.
        record.status = "draft"
        record.notes.append("no <wp:status>: imported as a draft")
    _date(record, f)
    return record


def _date(record, f):
    """post_date_gmt, else the RSS pubDate (GMT too), else post_date (the site's local time,
    which is all some exports have). A draft's GMT date is 0000-00-00: it was never published,
    and keeps no date."""
    if usable(record.date_gmt) or record.status in ("draft", "pending", "auto-draft"):
        return
    pub_date, local = rfc822(f.get("pubDate", "")), f.get("wp:post_date", "")
    if usable(pub_date):
        record.date_gmt = pub_date
    elif usable(local):
        record.date_gmt = local
        record.notes.append("no GMT date: the local post_date taken as GMT")
