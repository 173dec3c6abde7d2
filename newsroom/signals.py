from datetime import timedelta

from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from newsroom.models import ArticlePage

# Republishing within this window of the first publish (fixing a typo) is not an "update".
UPDATE_GRACE = timedelta(minutes=5)


@receiver(page_published, sender=ArticlePage)
def stamp_publication_times(sender, instance, **kwargs):
    """The first publish sets the reader-facing date; later publishes mark an update."""
    if instance.published_at is None:
        ArticlePage.objects.filter(pk=instance.pk).update(published_at=instance.first_published_at or timezone.now())
        return
    first, last = instance.first_published_at, instance.last_published_at
    if first and last and last - first > UPDATE_GRACE and last > instance.published_at + UPDATE_GRACE:
        ArticlePage.objects.filter(pk=instance.pk).update(updated_at=last)
