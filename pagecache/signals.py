"""Events that change what readers see, wired to the purge map after the change commits."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.tasks.signals import task_finished, task_started
from django.urls import reverse
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from comments.signals import comments_changed
from newsroom.models import ArticlePage, Author, Correction, Licence
from pagecache import dependencies, sites
from pagecache.deadlines import NEXT_CHANGE_KEY
from pagecache.purge import purge_paths


def _purge_article(article, old_paths=(), comments=False):
    # Worked out now, while the article (and on delete its tags and authors) still exists;
    # purged after the commit, so the next render reads the new state.
    paths = dependencies.article_paths(article, old_paths)
    # A comment changes the article's comment section and the counts on the lists that
    # show it (the other paths), never the ticker nor the article's text.
    everything = not comments and dependencies.touches_every_page(article)
    comments_only = {article.get_url()} if comments else ()

    def run():
        cache.delete(NEXT_CHANGE_KEY)  # an embargo or a breaking time may have been set
        purge_paths(paths, everything=everything, comments_only=comments_only)

    transaction.on_commit(run)


def _purge_page(page, old_paths=()):
    page = page.specific
    if isinstance(page, ArticlePage):
        return _purge_article(page, old_paths)
    transaction.on_commit(lambda: purge_paths({*dependencies.page_paths(page), *old_paths}))


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
    site_root = instance.get_site().root_page.url_path if instance.get_site() else "/"
    old_path = "/" + url_path_before.removeprefix(site_root)
    _purge_page(instance, old_paths=[old_path])


@receiver(comments_changed)
def on_comments_changed(sender, article, **kwargs):
    _purge_article(article, comments=True)


@receiver(post_save, sender=Correction)
@receiver(post_delete, sender=Correction)
def on_correction_changed(sender, instance, **kwargs):
    """A correction shows on its article (and wherever that is listed) and on /corrections/."""
    _purge_article(instance.article.specific, old_paths=[reverse("corrections")])


# Related lists are recomputed by discovery's task, in the worker and after the publish
# purge: the pages whose lists showed the article before the task, or do after it, go then.
RELATED_TASK = "discovery.tasks.refresh_related"
_showing_before: dict[str, set[int]] = {}


def _related_task_article(task_result):
    if task_result.task.module_path == RELATED_TASK and task_result.args:
        return task_result.args[0]
    return None


@receiver(task_started)
def before_related_refresh(sender, task_result, **kwargs):
    article_id = _related_task_article(task_result)
    if article_id is not None:
        _showing_before[task_result.id] = set(dependencies.showing_in_related(article_id))


@receiver(task_finished)
def after_related_refresh(sender, task_result, **kwargs):
    article_id = _related_task_article(task_result)
    if article_id is None:
        return
    ids = (
        _showing_before.pop(task_result.id, set())
        | set(dependencies.showing_in_related(article_id))
        | {article_id}
    )
    purge_paths(page.get_url() for page in ArticlePage.objects.filter(pk__in=ids))


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


@receiver(post_save)
@receiver(post_delete)
def on_site_or_root_page_changed(sender, instance, **kwargs):
    """The cached host -> Site (and its home page) answer must follow any change to either."""
    if isinstance(instance, Site) or (
        isinstance(instance, Page) and instance.depth is not None and instance.depth <= 2
    ):
        sites.forget()
        transaction.on_commit(
            sites.forget
        )  # and again once committed: a render in between may have cached the old row
