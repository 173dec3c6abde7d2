"""Publishing, withdrawing or deleting an article queues a refresh of the related lists it touches;
saving one updates its search entry (PostgreSQL), as Wagtail updates its own index on save. What an
article inherits is followed too: a section made private drops its articles from search at once,
a section made public or moved is re-checked by a task, and renaming a topic re-indexes its
articles."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import Signal, receiver
from wagtail.models import PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from discovery import search, search_index, suggest
from discovery.related import articles_showing
from discovery.tasks import refresh_related, reindex_section, reindex_topic
from newsroom.models import ArticlePage, TopicPage
from newsroom.scheduling import enqueue_after

# Sent after the Related lists were recomputed (in the worker): `article_ids` are the articles
# whose stored list may have changed, so the pages showing those lists are out of date.
related_refreshed = Signal()


def _enqueue(article_id, run_after=None):
    enqueue_after(refresh_related, article_id, run_after=run_after)


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
def refresh_on_change(sender, instance, **kwargs):
    # Also on save, but a generic Page's save sends no ArticlePage signal, and Wagtail indexes
    # on save before the page's tags are written: both indexes are written again once they are.
    search_index.update([instance.pk])
    index.insert_or_update_object(instance)
    suggest.learn_articles(ArticlePage.objects.filter(pk=instance.pk))
    # After commit: the task must see the published
    # revision, and a rolled-back publish queues nothing.
    transaction.on_commit(partial(_enqueue, instance.pk))
    if instance.embargo_until:
        # An embargoed article joins related lists when
        # its embargo ends, where the backend can defer.
        transaction.on_commit(partial(_enqueue, instance.pk, instance.embargo_until))


@receiver(pre_delete, sender=ArticlePage)
def refresh_lists_showing_deleted(sender, instance, **kwargs):
    for article_id in articles_showing(instance):
        transaction.on_commit(partial(_enqueue, article_id))


@receiver(post_save, sender=ArticlePage)
def update_search_entry(sender, instance, raw=False, **kwargs):
    if not raw:  # not while loading fixtures
        search_index.update([instance.pk])


@receiver(post_save, sender=PageViewRestriction)
def hide_private_section(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index.forget_section(instance.page)


@receiver(post_delete, sender=PageViewRestriction)
def recheck_section_made_public(sender, instance, **kwargs):
    # Another restriction above may still cover it: the task writes only what is public by then.
    transaction.on_commit(partial(reindex_section.enqueue, instance.page_id))


@receiver(post_page_move)
def recheck_moved_section(sender, instance, **kwargs):
    # Moved into (or out of) a private section: its articles inherit that privacy.
    transaction.on_commit(partial(reindex_section.enqueue, instance.pk))


@receiver(pre_save, sender=TopicPage)
def reindex_renamed_topic(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None or (update_fields is not None and "title" not in update_fields):
        return
    before = TopicPage.objects.filter(pk=instance.pk).values_list("title", flat=True).first()
    if before is not None and before != instance.title:
        transaction.on_commit(partial(reindex_topic.enqueue, instance.pk))


@receiver(post_save, sender=TopicPage)
@receiver(post_delete, sender=TopicPage)
def forget_topic_options(**kwargs):
    search.forget_topics()
    transaction.on_commit(search.forget_topics)  # a search in between may have read the old ones
