"""Publishing an article (first time or again) re-extracts its quotes and mentions, after
commit, in a task."""

from functools import partial

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from entities.tasks import extract_article
from newsroom.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def extract_on_publish(sender, instance, **kwargs):
    # After commit: the task must read the published revision; a rolled-back publish queues none.
    transaction.on_commit(partial(extract_article.enqueue, instance.pk))
