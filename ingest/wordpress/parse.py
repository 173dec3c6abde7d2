"""A streaming reader of WordPress eXtended RSS (WXR 1.1/1.2) exports.

The file is read with lxml's `iterparse`, hardened: no DTD, no entity expansion, no network,
libxml2's size limits on (`huge_tree` off). Every element is cleared once read, so memory stays
flat whatever the size of the export. `read(path)` yields one record per author, term and item.
"""

import hashlib
from dataclasses import dataclass, field

from lxml import etree

from ingest.text import clean

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


def read(path):
    """Yield Site (once, before the first item), Author, Term and Item records in file order."""
    check_header(path)
    site, site_sent, last = Site(), False, "the start of the file"
    parser = etree.iterparse(
        str(path),
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
    if not site_sent:
        yield _checked(site)


def count_items(path):
    """How many <item>s, and is the file whole? A quick read that builds no records."""
    check_header(path)
    found = 0
    parser = etree.iterparse(
        str(path),
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
        display_name=f.get("wp:author_display_name", "") or f.get("wp:author_login", ""),
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
    values = (f.get(f"wp:{key}", "") if key else "" for key in TERM_FIELDS[name])
    return Term(kind, f.get("wp:term_id", ""), *values)


def item(element):
    f = fields(element)
    record = Item(
        wp_id=f.get("wp:post_id", ""),
        post_type=f.get("wp:post_type", "post"),
        title=f.get("title", ""),
        link=f.get("link", ""),
        guid=f.get("guid", ""),
        creator=f.get("dc:creator", ""),
        content=f.get("content:encoded", ""),
        excerpt=f.get("excerpt:encoded", ""),
        date_gmt=f.get("wp:post_date_gmt", ""),
        modified_gmt=f.get("wp:post_modified_gmt", ""),
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
            record.terms.append((child.get("domain", ""), child.get("nicename", ""), text(child)))
        elif name == "wp:postmeta":
            meta = fields(child)
            record.meta.setdefault(meta.get("wp:meta_key", ""), meta.get("wp:meta_value", ""))
        elif name == "wp:comment":
            record.comments.append(fields(child))
    return record
