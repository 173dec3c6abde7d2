"""Real exports beyond the two shared ones (tests/data/exports/README.md says whose): each
imports whole, every item accounted for, and its old addresses all answer."""

import re
from datetime import UTC, datetime

import pytest

from ingest.tests.test_wordpress_content import RAW
from ingest.tests.wordpress import EXPORTS, run, unanswered
from ingest.wordpress import parse
from ingest.wordpress.dates import gmt
from ingest.wordpress.links import item_paths, old_upload_path
from ingest.wordpress.run import base_path
from newsroom.models import ArticlePage, StandardPage

FILES = sorted(EXPORTS.glob("*.xml"))
# Besides core's shortcodes and block comments: any shortcode with a quoted attribute.
ANY_SHORTCODE = re.compile(r'\[/?[a-z_][\w-]*\s+[\w-]+="[^"\]]*"[^\]]*\]', re.I)


def ids(path):
    return path.stem


def due(record):
    """A scheduled post whose time has come: WordPress would have published it by now."""
    return gmt(record.date_gmt) is not None and gmt(record.date_gmt) <= datetime.now(UTC)


def old_addresses(path):
    """The addresses a reader or a search engine knows of the old site's public content."""
    site, found = None, set()
    for record in parse.read(path):
        if isinstance(record, parse.Site):
            site = base_path(record)
            found |= {f"{site}/feed/", f"{site}/comments/feed/"}
        elif isinstance(record, parse.Author):
            found.add(f"{site}/author/{record.login}/")
        elif isinstance(record, parse.Term) and record.kind == "tag":
            found.add(f"{site}/tag/{record.slug}/")
        elif isinstance(record, parse.Term) and record.kind == "category" and not record.parent:
            found.add(f"{site}/category/{record.slug}/")
        elif (
            isinstance(record, parse.Item)
            and record.post_type in ("post", "page")
            and record.status == "publish"
            and not record.password
        ):
            found |= item_paths(record.post_type, record.wp_id, record.link, record.guid, site)
        elif isinstance(record, parse.Item) and record.post_type == "attachment":
            # No uploads folder here: each file is missing, its addresses lead to its post.
            found |= item_paths("attachment", record.wp_id, record.link, record.guid, site)
            found |= {old_upload_path(record.attachment_url)} - {""}
    return sorted(found)


@pytest.mark.parametrize("export", FILES, ids=ids)
def test_it_accounts_for_every_item_of_a_real_export(db, export):
    report = run(export)
    text = export.read_text(encoding="utf-8")
    assert report.errors == []
    counts = report.counts
    in_file = sum(counts[kind]["in_file"] for kind in ("posts", "pages", "attachments"))
    in_file += counts["menu items"]["in_file"] + counts["other items"]["in_file"]
    assert in_file == parse.count_items(export)
    assert counts["comments"]["in_file"] == len(re.findall(r"<wp:comment>", text))
    for kind in counts:
        assert report.accounted(kind), kind
    assert all(skip["reason"] for skips in report.skips.values() for skip in skips)


@pytest.mark.parametrize("export", FILES, ids=ids)
def test_it_shows_every_page_and_answers_every_old_address(db, client, export):
    run(export)
    pages = list(ArticlePage.objects.live().public()) + list(StandardPage.objects.live().public())
    public = [
        record
        for record in parse.read(export)
        if isinstance(record, parse.Item)
        and record.post_type in ("post", "page")
        and (record.status == "publish" or record.status == "future" and due(record))
        and not record.password
    ]
    assert len(pages) == len(public)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert not RAW.search(html) and not ANY_SHORTCODE.search(html), page.url
    assert unanswered(client, old_addresses(export)) == []
