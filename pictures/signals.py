"""Publishing an article (re)draws its picture when its headline, topic or place changed."""

from functools import partial

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from newsroom.models import ArticlePage
from pictures.tasks import draw_picture


@receiver(page_published, sender=ArticlePage)
def draw_on_publish(sender, instance, **kwargs):
    # After commit: the task reads the published headline and tags.
    transaction.on_commit(partial(draw_picture.enqueue, instance.pk))
