"""Events that change what readers see, wired to the purge map after the change commits."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

import newsroom.signals  # noqa: F401 (see below)
from comments.signals import comments_changed
from entities.signals import entities_changed
from newsroom.models import ArticlePage, Author, Correction, Licence, TopicPage
from pagecache import dependencies
from pagecache.purge import purge_paths

log = logging.getLogger(__name__)
# newsroom's receivers are connected first (the import above): a publish outside a transaction
# (Wagtail's admin, the scheduler) purges at once, so the article's dates that newsroom stamps on
# page_published must be written before our receiver runs, or a list rendered in between (the
# news sitemap) would be cached without the article.


def _purge_article(article, old_paths=(), comments=False):
    # Worked out now, while the article (and on delete its tags and authors) still exists;
    # purged after the commit, so the next render reads the new state.
    try:
        paths = dependencies.article_paths(article, old_paths)
        # A comment changes the article's comment section and the counts on the lists that
        # show it (the other paths), never the ticker nor the article's text.
        everything = not comments and dependencies.touches_every_page(article)
        comments_only = {article.get_url()} if comments else ()
    except Exception:  # sent after a commit, the database gone: purge all rather than raise
        log.exception("could not work out the pages to purge; purging every page")
        paths, everything, comments_only = old_paths, True, ()
    transaction.on_commit(
        lambda: purge_paths(paths, everything=everything, comments_only=comments_only)
    )


def _purge_page(page, old_paths=()):
    page = page.specific
    if isinstance(page, ArticlePage):
        return _purge_article(page, old_paths)
    paths = {*dependencies.page_paths(page), *old_paths}
    # A topic is on every page: the masthead's section bar (newsroom's topic_links).
    everything = isinstance(page, TopicPage)
    transaction.on_commit(lambda: purge_paths(paths, everything=everything))


def _purge_section(page, old_paths=()):
    """A page and everything below it changed privacy or place: every page that could show
    one of them goes from the local layers, and their own addresses from the CDN."""
    paths = {*old_paths, *dependencies.section_paths(page)}
    transaction.on_commit(lambda: purge_paths(paths, everything=True))


@receiver(pre_save, sender=ArticlePage)
def note_lists_before_publish(sender, instance, update_fields=None, **kwargs):
    """A publish can move an article to another topic or drop a tag or an author: the lists
    it leaves must be purged too. The live row still holds them until this save."""
    if update_fields is not None or instance.pk is None:
        return  # a draft revision or a counter update: what readers see does not change
    before = ArticlePage.objects.filter(pk=instance.pk, live=True).select_related("topic").first()
    instance._lists_before = dependencies.listing_paths(before) if before is not None else set()


@receiver(page_published)
@receiver(page_unpublished)
def on_publish_or_unpublish(sender, instance, **kwargs):
    _purge_page(instance, old_paths=getattr(instance, "_lists_before", ()))


@receiver(page_slug_changed)
def on_slug_change(sender, instance, instance_before, **kwargs):
    _purge_page(instance, old_paths=[instance_before.get_url()])


@receiver(post_page_move)
def on_move(sender, instance, url_path_before, url_path_after, **kwargs):
    """Into or out of a private section, and every page below it at a new address."""
    site = instance.get_site()
    site_root = site.root_page.url_path if site else "/"
    old_paths = [
        "/" + (url_path_before + page.url_path.removeprefix(url_path_after)).removeprefix(site_root)
        for page in instance.get_descendants(inclusive=True).only("url_path")
    ]
    _purge_section(instance, old_paths)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_privacy_change(sender, instance, **kwargs):
    """Private means private at once: no cached copy anywhere outlives the restriction."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _purge_section(page)


@receiver(comments_changed)
def on_comments_changed(sender, article, **kwargs):
    _purge_article(article, comments=True)


@receiver(entities_changed)
def on_entities_changed(sender, entities, articles=(), **kwargs):
    """Quotes or mentions extracted, or an editor's decision: the entities' pages change, and
    the articles' own pages (their links to them)."""
    # Now, while a merged-away entity still exists.
    paths = dependencies.entity_paths(entities) | {article.get_url() for article in articles}
    transaction.on_commit(lambda: purge_paths(paths))


@receiver(post_save, sender=Correction)
@receiver(post_delete, sender=Correction)
def on_correction_changed(sender, instance, **kwargs):
    """A correction shows on its article (and wherever that is listed) and on /corrections/."""
    _purge_article(instance.article.specific, old_paths=[reverse("corrections")])


def after_related_refresh(sender, article_ids, **kwargs):
    """Related lists are recomputed by discovery's task, in the worker and after the publish
    purge: the pages whose lists it changed go then."""
    purge_paths(page.get_url() for page in ArticlePage.objects.filter(pk__in=article_ids))


def connect_related_refresh():
    """Called once this module's receivers are connected: importing discovery's signals (and
    receivers) only then queues a publish's purge, after the commit, before discovery's Related
    refresh, which the demo's immediate task backend runs there and then, for seconds."""
    from discovery.signals import related_refreshed

    related_refreshed.connect(after_related_refresh)


@receiver(post_save)
def on_site_wide_change(sender, instance, **kwargs):
    """Site settings (comment rules, the site's name) show on every page, and a licence's
    credit line on every article (and feed item) it covers."""
    if isinstance(instance, BaseSiteSetting | Site | Licence):
        transaction.on_commit(lambda: purge_paths((), everything=True))


@receiver(post_save, sender=Author)
def on_author_saved(sender, instance, **kwargs):
    paths = {instance.get_absolute_url()}
    for article in instance.published_articles():
        paths.add(article.get_url())
    transaction.on_commit(lambda: purge_paths(paths))
