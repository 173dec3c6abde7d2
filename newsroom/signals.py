from datetime import timedelta

from django.apps import apps
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.signals import page_published

from newsroom import roles
from newsroom.images import reencode_new_file
from newsroom.models import ArticlePage, NewsIndexPage

# Republishing within this window of the first publish (fixing a typo) is not an "update".
UPDATE_GRACE = timedelta(minutes=5)


@receiver(page_published, sender=ArticlePage)
def stamp_publication_times(sender, instance, **kwargs):
    """The first publish sets the reader-facing date; later publishes mark an update."""
    if not instance.live:
        # Wagtail sends page_published when a revision is *scheduled* too; nothing is public yet.
        return
    if instance.published_at is None:
        now = timezone.now()
        # A scheduled article is dated by its go-live time, not by when the worker got to it.
        scheduled = (
            instance.go_live_at if instance.go_live_at and instance.go_live_at <= now else None
        )
        ArticlePage.objects.filter(pk=instance.pk).update(
            published_at=scheduled or instance.first_published_at or now
        )
        return
    first, last = instance.first_published_at, instance.last_published_at
    if (
        first
        and last
        and last - first > UPDATE_GRACE
        and last > instance.published_at + UPDATE_GRACE
    ):
        ArticlePage.objects.filter(pk=instance.pk).update(updated_at=last)


@receiver(post_save, sender=NewsIndexPage)
def attach_roles_to_new_news_index(sender, instance, created, raw=False, **kwargs):
    """The page tree is built after `migrate`; the
    review workflow and reporters' rights follow it."""
    if created and not raw:
        roles.attach_to_news_index(apps, instance.pk)


# Whatever path stores an image (admin forms, chooser, multiple uploader, code), it is re-encoded.
pre_save.connect(
    reencode_new_file, sender=get_image_model(), dispatch_uid="newsroom-reencode-images"
)
