"""Posts as articles, pages as plain pages: fields, state, authors, topic, tags, lead image."""

from urllib.parse import unquote

from django.db.models import F
from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction

from ingest.loader import _unique_slug
from ingest.wordpress.dates import gmt
from ingest.wordpress.plaintext import plain
from ingest.wordpress.shortcodes import SHORTCODE
from newsroom.models import ArticleAuthor, ArticlePage, StandardPage

# WordPress status -> (live, restriction); "future" is scheduled, the rest are skipped.
LIVE = {"publish": True, "private": True, "draft": False, "pending": False, "future": False}


def slug_for(item, parent, page=None):
    wanted = slugify(unquote(item.slug), allow_unicode=True)[:70].strip("-")
    if page is not None and page.slug == wanted:
        return page.slug
    return _unique_slug(parent, wanted or item.title or f"post-{item.wp_id}")


def untitled(item):
    """A post with no title (an aside, a status update): its first words, as WordPress's own
    lists show it, else its number."""
    words = plain(SHORTCODE.sub("", item.content[:2000])).split()
    if not words:
        return f"(untitled {item.wp_id})"
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")


def seo(item):
    """Yoast's (or Rank Math's) title and description for search engines, where the editor
    wrote them out (not its %%title%% templates)."""
    found = []
    for keys in (
        ("_yoast_wpseo_title", "rank_math_title"),
        ("_yoast_wpseo_metadesc", "rank_math_description"),
    ):
        value = next((plain(item.meta[key]) for key in keys if item.meta.get(key)), "")
        found.append("" if "%%" in value else value)
    return found[0][:255], found[1][:1000]


def fill_common(page, item, blocks):
    page.title = page.draft_title = (item.title or untitled(item))[:255]
    page.body = blocks
    page.seo_title, page.search_description = seo(item)
    published, modified = gmt(item.date_gmt), gmt(item.modified_gmt)
    page.live = live = LIVE[item.status]
    page.go_live_at = published if item.status == "future" else None
    if live:
        page.first_published_at = published or modified
        page.last_published_at = modified or published
    return published, modified


def fill_article(page, item, blocks, topic, lead):
    published, modified = fill_common(page, item, blocks)
    page.standfirst = plain(item.excerpt)[:500]
    page.topic = topic
    page.published_at = published if page.live or item.status == "future" else None
    page.updated_at = modified if modified and published and modified > published else None
    page.external_id = f"wordpress:{item.wp_id}"[:100]
    image, alt, caption, credit = lead or (None, "", "", "")
    page.lead_image = image
    page.lead_image_alt = (alt or (image.title if image else ""))[:300]
    page.lead_image_caption, page.lead_image_credit = caption[:500], credit[:200]


def set_authors(page, authors):
    page.article_authors = [
        ArticleAuthor(author=author, sort_order=order) for order, author in enumerate(authors)
    ]


def save_new(parent, page):
    """What treebeard's add_child does, without its validation (the slug is already free, the
    title cut to size) or a log entry per page (the import run is the record): 14 queries fewer
    per post, half the import's time (bench/wordpress_import.py)."""
    last = parent.get_last_child()
    page.depth = parent.depth + 1
    step = int(last.path[-Page.steplen :], 36) + 1 if last else 1
    page.path = Page._get_path(parent.path, page.depth, step)  # as ingest.loader does
    page.save(clean=False, log_action=None)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
    parent.numchild += 1
    return page


def restrict(page, item, new=False):
    """private -> readers must log in; a password -> Wagtail's password view restriction."""
    if not new:
        PageViewRestriction.objects.filter(page=page).delete()
    if item.password:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=item.password
        )
    elif item.status == "private":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def schedule(page, item):
    """A future post goes live by itself at its date, like one scheduled in our admin."""
    if item.status == "future":
        page.save_revision().publish()


def new_article():
    return ArticlePage(live=False)


def new_page():
    return StandardPage(live=False)
