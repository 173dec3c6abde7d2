"""One import of a WXR export, item by item, each in its own transaction.

Two passes over the file (it is streamed, so each costs little memory): the first reads the
site, authors, terms and attachments, so every post finds its images; the second reads posts,
pages, menu items and the rest. Each item and its mapping row are committed together (CHUNK
items a transaction, each in its own savepoint, with their search entries and the task that
computes their Related lists), and a reference to an item not imported yet is recorded and
resolved the moment that item arrives: an import killed anywhere and started again ends with no
duplicate and no broken reference."""

import hashlib
import itertools
import time
from urllib.parse import unquote, urlsplit

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Q
from django.utils.text import slugify
from taggit.models import Tag

from ingest.indexing import deferred_indexing
from ingest.loader import ensure_child, ensure_site, ensure_topic
from ingest.models import PendingReference, WordPressItem
from ingest.tasks import refresh_related_of
from ingest.wordpress import content, media, pages, parse, redirects
from ingest.wordpress.comments import import_comments
from ingest.wordpress.comments import refusal as comment_refusal
from ingest.wordpress.links import UPLOADS, Links, item_paths, old_path, old_upload_path
from ingest.wordpress.report import Report
from newsroom.models import ArticlePage, Author, NewsIndexPage, TopicIndexPage
from pagecache.purge import purge_paths

KINDS = {
    "post": "posts",
    "page": "pages",
    "attachment": "attachments",
    "nav_menu_item": "menu items",
}
SKIPPED_STATUS = {"trash": "in WordPress's trash", "auto-draft": "an unsaved auto-draft"}
# Post types read (the rest are reported skips: a theme's or a plugin's own kinds of post).
OWN_TYPES = ("post", "page", "attachment", "nav_menu_item", "wp_block", "guest-author")
NO_COMMENTS = "comment on {}: only articles take comments"
CHUNK = 50  # items a transaction: a kill redoes at most this many; a commit costs a disk flush
PURGE_EVERY = 60  # seconds: the site shows what arrived without its cache emptied on every chunk


class Import:
    def __init__(self, path, uploads=None, progress=None):
        self.path, self.uploads = path, uploads
        self.progress = progress or (lambda done, total, phase: None)
        self.report = Report()
        self.site = parse.Site()
        self.seen_ids, self.seen_guids, self.dates = {}, {}, set()
        self.total = self.done = 0
        # Per run, a few hundred at most: the topics and authors posts refer to, by slug/login.
        self.topics_by_slug, self.authors_by_login = {}, {}
        self.changed_articles, self.purged_at, self.dry_run = set(), time.monotonic(), False
        self.base = ""  # the old site's path when WordPress lived in a folder ("/blog")

    # --- the passes ------------------------------------------------------------------------
    def run(self, dry_run=False):
        self.total, self.dry_run = self.count_items(), dry_run
        if connection.vendor == "postgresql":
            # A killed import is started again, so a commit needn't wait for the disk: a crash
            # of the database server loses at most its last moment, never consistency.
            with connection.cursor() as cursor:
                cursor.execute("SET synchronous_commit TO off")
        try:
            if not dry_run:
                with deferred_indexing() as self.indexing:
                    self.passes()
                redirects.settle_tags()
                purge_paths((), everything=True)
                return self.report
            with transaction.atomic(), deferred_indexing() as self.indexing:
                self.passes()
                transaction.set_rollback(True)
            return self.report
        finally:
            if connection.vendor == "postgresql" and connection.connection is not None:
                with connection.cursor() as cursor:
                    cursor.execute("SET synchronous_commit TO DEFAULT")

    def count_items(self):
        """A first quick read: how many items (for progress), and is the file whole?"""
        return parse.count_items(self.path)

    def passes(self):
        home = ensure_site("WindowNews")
        self.home = home
        self.news = ensure_child(home, NewsIndexPage, title="News", slug="news")
        self.topics = ensure_child(home, TopicIndexPage, title="Topics", slug="topics")
        self.in_chunks(parse.read(self.path), self.first_pass)
        self.seen_ids.clear()
        later = (record for record in parse.read(self.path) if isinstance(record, parse.Item))
        self.in_chunks(later, self.second_pass)

    def second_pass(self, record):
        if record.post_type == "attachment":  # imported in the first pass
            self.attachment_pages(record)
        else:
            self.item(record)

    def in_chunks(self, records, handle):
        """CHUNK records a transaction, search entries and Related work committed with them."""
        for chunk in itertools.batched(records, CHUNK, strict=False):
            with transaction.atomic():
                for record in chunk:
                    handle(record)
                self.indexing.flush()
                if self.changed_articles and not self.dry_run:
                    refresh_related_of.enqueue(sorted(self.changed_articles))
                    self.changed_articles.clear()
            if not self.dry_run and time.monotonic() - self.purged_at > PURGE_EVERY:
                purge_paths((), everything=True)
                self.purged_at = time.monotonic()

    def first_pass(self, record):
        if isinstance(record, parse.Site):
            self.site = record
            self.links = Links({urlsplit(record.link).netloc, urlsplit(record.base_url).netloc})
            self.base = base_path(record)
            with transaction.atomic():
                redirects.for_site(self.base)
        elif isinstance(record, parse.Author):
            self.author(record)
        elif isinstance(record, parse.Term):
            self.term(record)
        elif record.post_type == "attachment":
            self.item(record)
        elif record.post_type == "wp_block" and record.status == "publish":
            self.links.reusable[record.wp_id] = record.content
        elif record.post_type == "guest-author":
            self.guest_author(record)

    # --- shared steps ----------------------------------------------------------------------
    def item(self, item):
        kind = KINDS.get(item.post_type, "other items")
        self.report.count(kind, "in_file")
        self.report.count("comments", "in_file", len(item.comments))
        for note in item.notes:
            self.report.note(note, item.wp_id)
        counted = self.report.snapshot(kind, "comments")
        try:
            reason = self.refusal(item)
            if reason:
                self.skip_item(kind, item, reason)
            else:
                with transaction.atomic():
                    getattr(self, f"import_{item.post_type}")(item, kind)
        except Exception as error:  # one bad item is reported; the rest still arrive
            # Its savepoint is rolled back: what it cached may be gone with it.
            self.topics_by_slug.clear()
            self.authors_by_login.clear()
            self.report.errors.append(f"{item.post_type} {item.wp_id} (line {item.line}): {error}")
            self.report.restore(counted)  # what the failed item counted was rolled back
            self.skip_item(kind, item, f"failed: {error}")
        self.done += 1
        if self.done % 25 == 0 or self.done == self.total:
            self.progress(self.done, self.total, item.post_type)

    def refusal(self, item):
        if not item.wp_id:
            return "no <wp:post_id>: nothing to match it on when the import is run again"
        if item.post_type not in OWN_TYPES:
            return f"post type '{item.post_type}' is not content we import"
        if item.post_type == "nav_menu_item":
            return "menus are not imported: the site's navigation is its topics"
        if item.post_type == "wp_block":
            return "a reusable block: its content is placed in the posts that use it"
        if item.post_type == "guest-author":
            return "a Co-Authors Plus guest author: made an author profile, not a page"
        if item.status in SKIPPED_STATUS:
            return SKIPPED_STATUS[item.status]
        if item.post_type != "attachment" and item.status not in pages.LIVE:
            return f"status '{item.status}' unknown"
        if (item.post_type, item.wp_id) in self.seen_ids:
            first = self.seen_ids[item.post_type, item.wp_id]
            return f"ID {item.wp_id} appears twice in the file (first at line {first})"
        self.seen_ids[item.post_type, item.wp_id] = item.line
        if item.guid in self.seen_guids:
            # Real exports have these (WordPress.com): the post is kept, matched on its ID;
            # the GUID's address stays with the first item that used it.
            first = self.seen_guids[item.guid]
            self.report.note(f"duplicate GUID {item.guid} (first used by item {first})", item.wp_id)
            item.guid = ""
        elif item.guid:
            self.seen_guids[item.guid] = item.wp_id
        return ""

    def skip_item(self, kind, item, reason):
        self.report.skip(kind, item.wp_id, item.title, reason)
        self.skip_comments(item, f"its {item.post_type} was skipped")

    def skip_comments(self, item, reason):
        for data in item.comments:
            self.report.skip("comments", data.get("wp:comment_id", ""), "", reason)

    def mapping(self, kind, wp_id):
        return WordPressItem.objects.filter(kind=kind, wp_id=wp_id).first()

    def remember(self, kind, wp_id, obj, found=None, **fields):
        """The item's mapping row, written in the item's transaction. `found`: its row read
        earlier in this transaction (None for an item new to the database: one INSERT)."""
        fields = {
            "content_type": ContentType.objects.get_for_model(obj),
            "object_id": obj.pk,
            **fields,
        }
        if found is None:
            return WordPressItem.objects.create(kind=kind, wp_id=wp_id, **fields)
        for name, value in fields.items():
            setattr(found, name, value)
        found.save()
        return found

    # --- authors and terms -----------------------------------------------------------------
    def author(self, record):
        self.report.count("authors", "in_file")
        with transaction.atomic():
            found = self.mapping("author", record.login)
            author = found.target if found else author_named(record.display_name or record.login)
            changed = author.name != (record.display_name[:200] or record.login) or found is None
            if changed:  # a save purges every page of the author's articles
                author.name = record.display_name[:200] or record.login
                author.save()
                self.remember("author", record.login, author, found)
                redirects.for_author(record.login, author, self.base)
            self.authors_by_login[record.login] = author
        self.report.count(
            "authors", "imported" if found is None else "updated" if changed else "unchanged"
        )

    def term(self, record):
        kind = {"category": "categories", "tag": "tags"}.get(record.kind, "other terms")
        self.report.count(kind, "in_file")
        if kind == "other terms":
            if record.kind == "author":  # Co-Authors Plus keeps co-authors as terms
                return self.coauthor(record)
            return self.report.skip(kind, record.slug, record.name, f"taxonomy '{record.kind}'")
        checksum = hashlib.sha256(repr(record).encode()).hexdigest()
        with transaction.atomic():
            found = self.mapping(record.kind, record.slug)
            if found is not None and found.checksum == checksum:
                return self.report.count(kind, "unchanged")
            getattr(self, record.kind)(record, found)
            WordPressItem.objects.filter(kind=record.kind, wp_id=record.slug).update(
                checksum=checksum
            )
        self.report.count(kind, "imported" if found is None else "updated")

    def category(self, record, found):
        topic = found.target if found else None
        name, description = record.name[:255], record.description[:300]
        topic = topic or ensure_topic(self.topics, name, description, topic_slug(record))
        topic.title, topic.description = record.name[:255], record.description[:300]
        topic.save()
        parent = self.mapping("category", record.parent) if record.parent else None
        path = (parent.url if parent else f"{self.base}/category/") + f"{record.slug}/"
        self.remember(
            "category",
            record.slug,
            topic,
            found,
            guid=record.wp_id,
            url=path,
            parent_wp_id=record.parent,
            data={"description": record.description},
        )
        redirects.for_category(path, topic)

    def tag(self, record, found):
        tag = found.target if found else Tag.objects.filter(name=record.name[:100]).first()
        tag = tag or Tag.objects.create(name=record.name[:100])
        self.remember("tag", record.slug, tag, found, guid=record.wp_id)
        redirects.for_tag(record.slug, tag, self.base)

    def coauthor(self, record):
        login = record.slug.removeprefix("cap-")
        with transaction.atomic():
            found = self.mapping("author", login)
            author = found.target if found else author_named(record.name)
            if found is None:
                author.save()
                self.remember("author", login, author)
                redirects.for_author(login, author, self.base)
            self.authors_by_login[login] = author
        self.report.count("other terms", "imported" if found is None else "unchanged")

    def guest_author(self, item):
        """Co-Authors Plus keeps a byline that is not a user as a guest-author post: its title
        is the name shown, its slug the author term its posts name ("cap-" and the login)."""
        login = item.slug.removeprefix("cap-") or item.meta.get("cap-user_login", "")
        name = (item.meta.get("cap-display_name", "") or item.title)[:200]
        if not login or not name:
            return
        with transaction.atomic():
            found = self.mapping("author", login)
            author = found.target if found else author_named(name)
            if author.name != name or found is None:
                author.name = name
                author.save()
                self.remember("author", login, author, found)
                redirects.for_author(login, author, self.base)
            self.authors_by_login[login] = author

    # --- items -----------------------------------------------------------------------------
    def unchanged(self, found, item, kind, comments_skipped=""):
        """comments_skipped: why the comments of an item of this kind are never kept."""
        if found is not None and found.checksum == item.checksum:
            self.report.count(kind, "unchanged")
            for data in item.comments:
                reason = comments_skipped or comment_refusal(data)
                if reason:
                    self.report.skip("comments", data.get("wp:comment_id", ""), "", reason)
                else:
                    self.report.count("comments", "unchanged")
            return True
        return False

    def import_attachment(self, item, kind):
        self.links.hosts.add(urlsplit(item.attachment_url).netloc.lower())
        found = self.mapping("attachment", item.wp_id)
        if self.unchanged(found, item, kind, NO_COMMENTS.format("an attachment")):
            return
        try:
            obj, data = media.save(item, self.uploads, found.target if found else None)
        except media.MissingFile as missing:
            self.skip_comments(item, NO_COMMENTS.format("an attachment"))
            return self.report.skip(kind, item.wp_id, item.title, str(missing))
        data.update(media.describe(item))
        url = UPLOADS + media.relative_path(item)
        self.remember(
            "attachment",
            item.wp_id,
            obj,
            found,
            guid=item.guid[:500],
            url=url[:500],
            checksum=item.checksum,
            parent_wp_id=item.parent,
            data=data,
        )
        parent = WordPressItem.objects.filter(kind="post", wp_id=item.parent).first()
        target_url = parent.data.get("new_url") if parent else data["file_url"]
        paths = item_paths("attachment", item.wp_id, item.link, item.guid, self.base)
        upload = old_upload_path(item.attachment_url)  # an old link to the file itself
        for path in paths | ({upload} if upload else set()):
            redirects.point(path, link=target_url if path != upload else data["file_url"])
        self.report.count(kind, "imported" if found is None else "updated")
        self.skip_comments(item, NO_COMMENTS.format("an attachment"))

    def attachment_pages(self, item):
        """An attachment whose file was missing still has old addresses (its page, its file):
        they send a reader to the post it belonged to, read by now (a post comes before the
        files uploaded to it), or to the home page. Only an attachment with no row here."""
        if not item.wp_id or self.mapping("attachment", item.wp_id) is not None:
            return
        row = None
        if item.parent not in ("", "0"):
            row = self.mapping("post", item.parent) or self.mapping("page", item.parent)
        page = row.target if row is not None else None
        page = page if page is not None and page.live else None  # a draft's page is no home
        paths = item_paths("attachment", item.wp_id, item.link, item.guid, self.base)
        upload = old_upload_path(item.attachment_url)
        with transaction.atomic():
            for path in paths | ({upload} if upload else set()):
                redirects.point(path, page=page, link="/")

    def import_post(self, item, kind):
        found = self.mapping("post", item.wp_id)
        if self.unchanged(found, item, kind):
            return
        page = ArticlePage.objects.get(pk=found.object_id) if found else pages.new_article()
        self.links.pending.clear()
        blocks = self.convert(item)
        topic = self.topic_for(item)
        pages.fill_article(page, item, blocks, topic, self.lead_image(item))
        pages.set_authors(page, self.authors_for(item))
        page.tags.set(self.tags_for(item, topic))
        if found is None:
            page.slug = pages.slug_for(item, self.news)
            pages.save_new(self.news, page)
        else:
            page.save()
        self.after_page(page, item, kind, found)
        import_comments(page, item, self.report, new=found is None)
        redirects.for_dates(page.published_at if page.live else None, self.dates, self.base)
        if page.live:
            self.changed_articles.add(page.pk)

    def import_page(self, item, kind):
        found = self.mapping("page", item.wp_id)
        if self.unchanged(found, item, kind, NO_COMMENTS.format("a page")):
            return
        page = found.target.specific if found else pages.new_page()
        self.links.pending.clear()
        pages.fill_common(page, item, self.convert(item))
        parent_row = self.mapping("page", item.parent) if item.parent not in ("", "0") else None
        if found is None:
            parent = parent_row.target.specific if parent_row else self.home
            page.slug = pages.slug_for(item, parent)
            pages.save_new(parent, page)
        else:
            page.save()
        row = self.after_page(page, item, kind, found)
        if item.parent not in ("", "0") and parent_row is None:
            PendingReference.objects.get_or_create(
                waiting=row, target_kind="page", target_wp_id=item.parent, role="parent"
            )
        self.skip_comments(item, NO_COMMENTS.format("a page"))

    def after_page(self, page, item, kind, found):
        pages.restrict(page, item, new=found is None)
        pages.schedule(page, item)
        page_kind = item.post_type
        paths = item_paths(page_kind, item.wp_id, item.link, item.guid, self.base)
        row = self.remember(
            page_kind,
            item.wp_id,
            page,
            found,
            guid=item.guid[:500],
            url=old_path(item.link)[:500],
            checksum=item.checksum,
            parent_wp_id=item.parent,
            data={"new_url": page.get_url() or ""},
        )
        redirects.for_item(paths, page)
        for path in self.links.pending:
            PendingReference.objects.get_or_create(
                waiting=row, target_kind="", target_url=path[:500], role="link"
            )
        self.resolve_waiting(row, page, paths)
        self.report.count(kind, "imported" if found is None else "updated")
        return row

    def resolve_waiting(self, row, page, paths):
        """Rewrite links that waited for this item; move pages that waited for their parent."""
        new_url = row.data.get("new_url", "")
        waiting = PendingReference.objects.filter(
            Q(target_url__in=paths, role="link")
            | Q(target_kind=row.kind, target_wp_id=row.wp_id, role="parent")
        )
        if not waiting.exists():  # most items: one query
            return
        waiting = PendingReference.objects.filter(target_url__in=paths, role="link")
        for ref in waiting.select_related("waiting"):
            target = ref.waiting.target.specific
            raw = target.body.raw_data
            for block in raw:
                if isinstance(block.get("value"), str):
                    block["value"] = block["value"].replace(
                        f'href="{ref.target_url}"', f'href="{new_url}"'
                    )
            target.body = raw
            target.save()
        waiting.delete()
        children = PendingReference.objects.filter(
            target_kind=row.kind, target_wp_id=row.wp_id, role="parent"
        )
        for ref in children.select_related("waiting"):
            child = ref.waiting.target
            child.move(page, pos="last-child")
            child.refresh_from_db()
            WordPressItem.objects.filter(pk=ref.waiting.pk).update(
                data={**ref.waiting.data, "new_url": child.get_url() or ""}
            )
        children.delete()

    # --- what a post refers to ---------------------------------------------------------------
    def convert(self, item):
        footnotes = item.meta.get("footnotes", "")
        blocks, notes = content.convert(item.content, self.links, item.wp_id, footnotes)
        for note in notes:
            self.report.note(note, item.wp_id)
        return blocks

    def categories(self, item):
        return [slug for domain, slug, _ in item.terms if domain == "category"]

    def topic_for(self, item):
        primary = item.meta.get("_yoast_wpseo_primary_category", "")
        row = (
            WordPressItem.objects.filter(kind="category", guid=primary).first() if primary else None
        )
        if row is not None:
            return row.target
        slugs = self.categories(item)
        return self.topic_of(slugs[0]) if slugs else None

    def topic_of(self, slug):
        if slug not in self.topics_by_slug:
            row = self.mapping("category", slug)
            self.topics_by_slug[slug] = row.target if row else None
        return self.topics_by_slug[slug]

    def tags_for(self, item, topic):
        names = [
            name
            for domain, slug, name in item.terms
            if domain == "post_tag"
            or domain == "category"
            and (topic is None or name != topic.title)
        ]
        return [name[:100] for name in dict.fromkeys(names) if name]

    def authors_for(self, item):
        logins = [slug.removeprefix("cap-") for domain, slug, _ in item.terms if domain == "author"]
        logins = logins or [item.creator]
        found = []
        for login in dict.fromkeys(logins):
            if login not in self.authors_by_login:
                row = self.mapping("author", login)
                if row is None and login:  # an export with no <wp:author> (WXR 1.0)
                    author = author_named(login)
                    author.save()
                    row = self.remember("author", login, author)
                    redirects.for_author(login, author, self.base)
                self.authors_by_login[login] = row.target if row else None
            if self.authors_by_login[login] is not None:
                found.append(self.authors_by_login[login])
        return found

    def lead_image(self, item):
        thumbnail = item.meta.get("_thumbnail_id", "")
        return self.links.image_by_id(thumbnail) if thumbnail else None


def topic_slug(record):
    """The topic's slug: the category's own (unique among categories, where two may share a
    name under different parents), in the ASCII our topic feed addresses take."""
    for text in (unquote(record.slug), record.name):
        slug = slugify(text)[:70].strip("-")
        if slug:
            return slug
    return f"topic-{record.wp_id or hashlib.sha256(record.slug.encode()).hexdigest()[:8]}"


def base_path(site):
    """'/blog' for a WordPress that lived at https://example.org/blog/, else ''."""
    path = urlsplit(site.link or site.base_url).path.rstrip("/")
    return path if path.startswith("/") else ""


def author_named(name):
    """The site's author of that name (an editor may have made one already), or a new one
    with a free slug."""
    name = name[:200]
    found = Author.objects.filter(name=name).first()
    if found is not None:
        return found
    base = slugify(name) or "author"
    slug, n = base, 2
    while Author.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return Author(name=name, slug=slug)


def run_import(path, uploads=None, dry_run=False, progress=None):
    started = time.monotonic()
    report = Import(path, uploads, progress).run(dry_run=dry_run)
    report.seconds = time.monotonic() - started
    return report
