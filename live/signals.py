"""What a live change purges: the live page and its feeds for an entry; its lists for the page."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.signals import page_published, page_unpublished

from live.models import LiveEntry, LivePage
from pagecache.purge import purge_paths


def feed_paths(page):
    return {reverse(f"live-feed-{kind}", args=[page.slug]) for kind in ("rss", "atom")}


@receiver(post_save, sender=LiveEntry)
def on_entry_changed(sender, instance, **kwargs):
    # The answer to the newest cursor before this change goes too: readers polling it get
    # the change at their next poll instead of when a CDN's copy expires.
    page = instance.page
    paths = {page.url, page.since_url(max(instance.seq - 1, 0)), *feed_paths(page)}
    transaction.on_commit(lambda: purge_paths(paths))


@receiver(page_published, sender=LivePage)
@receiver(page_unpublished, sender=LivePage)
def on_live_page_changed(sender, instance, **kwargs):
    # Every page's ticker names the coverage that is live: starting, renaming, pausing or
    # ending it changes them all (a rare event, unlike an entry).
    transaction.on_commit(lambda: purge_paths(feed_paths(instance), everything=True))
