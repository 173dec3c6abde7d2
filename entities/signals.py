"""Publishing an article (first time or again) re-extracts its quotes and mentions, after
commit, in a task. Whatever changes what an entity's page shows (an extraction, an editor's
decision in the admin: wagtail_hooks) sends `entities_changed`, for the page cache, which may
import us while we may not import it."""

from functools import partial

from django.db import transaction
from django.dispatch import Signal, receiver
from wagtail.signals import page_published

from newsroom.models import ArticlePage

# Sent with entities=[Entity, ...] (and articles=[ArticlePage, ...] whose quotes or mentions
# changed): their pages, feeds and index lists show something new.
entities_changed = Signal()


@receiver(page_published, sender=ArticlePage)
def extract_on_publish(sender, instance, **kwargs):
    from entities.tasks import extract_article

    # After commit: the task must read the published revision; a rolled-back publish queues none.
    transaction.on_commit(partial(extract_article.enqueue, instance.pk))
