"""The entries of a live page as RSS and Atom, newest first."""

import uuid

from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string

from live.models import LivePage
from syndication.feeds import GUID_NAMESPACE, ArticleFeed, atom
from syndication.links import absolute


class LiveEntriesFeed(ArticleFeed):
    limit = 50

    def get_object(self, request, slug):
        return get_object_or_404(LivePage.objects.published(), slug=slug)

    def title(self, page):
        return f"{page.title} (live)"

    def link(self, page):
        return absolute(page.url)

    def description(self, page):
        return page.standfirst or f"Live coverage: {page.title}."

    def items(self, page):
        entries = page.visible_entries().select_related("licence").order_by("-posted_at")
        return entries[: self.limit]

    def item_title(self, entry):
        text = entry.text().split("\n", 1)[0]
        return text[:110] + "…" if len(text) > 110 else text or f"Update at {entry.posted_at}"

    def item_link(self, entry):
        return absolute(f"{entry.page.url}#{entry.anchor}")

    def item_guid(self, entry):
        return f"urn:uuid:{uuid.uuid5(GUID_NAMESPACE, f'live-entry:{entry.pk}')}"

    item_guid_is_permalink = False

    def item_pubdate(self, entry):
        return entry.posted_at

    def item_updateddate(self, entry):
        return entry.edited_at or entry.posted_at

    def item_categories(self, entry):
        return [entry.page.topic.title] if entry.page.topic_id else []

    def item_description(self, entry):
        return render_to_string("live/feed_entry.html", {"entry": entry})

    def item_enclosures(self, entry):
        return []

    def item_extra_kwargs(self, entry):
        author = entry.author
        return {"people": [(author.name, absolute(author.get_absolute_url()))] if author else []}


AtomLiveEntriesFeed = atom(LiveEntriesFeed)
