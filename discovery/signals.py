"""Publishing, withdrawing or deleting an article queues a refresh of the related lists it touches;
saving one updates its search entry (PostgreSQL), as Wagtail updates its own index on save."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from discovery import search_index
from discovery.related import articles_showing
from discovery.tasks import refresh_related
from newsroom.models import ArticlePage


def _enqueue(article_id, run_after=None):
    task = refresh_related
    if run_after and task.get_backend().supports_defer:
        task = task.using(run_after=run_after)
    task.enqueue(article_id)


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
def refresh_on_change(sender, instance, **kwargs):
    search_index.update([instance.pk])  # also on save, but a generic Page's save sends no ArticlePage signal
    # After commit: the task must see the published revision, and a rolled-back publish queues nothing.
    transaction.on_commit(partial(_enqueue, instance.pk))
    if instance.embargo_until:
        # An embargoed article joins related lists when its embargo ends, where the backend can defer.
        transaction.on_commit(partial(_enqueue, instance.pk, instance.embargo_until))


@receiver(pre_delete, sender=ArticlePage)
def refresh_lists_showing_deleted(sender, instance, **kwargs):
    for article_id in articles_showing(instance):
        transaction.on_commit(partial(_enqueue, article_id))


@receiver(post_save, sender=ArticlePage)
def update_search_entry(sender, instance, raw=False, **kwargs):
    if not raw:  # not while loading fixtures
        search_index.update([instance.pk])
