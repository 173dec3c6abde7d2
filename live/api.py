"""Live pages and their entries in the read API (syndication's django-ninja API)."""

from datetime import datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema

from live.models import LivePage
from syndication.api import MAX_ID, PageOut, TopicRef, api, page_of
from syndication.links import plain

router = Router(tags=["live"])


class LivePageOut(PageOut):
    state: str
    standfirst: str
    topic: TopicRef | None
    coverage_start: datetime | None
    coverage_end: datetime | None
    cursor: int


class EntryOut(Schema):
    id: int
    change: int
    posted_at: datetime
    edited_at: datetime | None
    pinned: bool
    author: str | None
    text: str
    body_html: str
    credit: str | None

    @staticmethod
    def resolve_change(entry):
        return entry.seq

    @staticmethod
    def resolve_author(entry):
        return entry.author.name if entry.author_id else None

    @staticmethod
    def resolve_text(entry):
        return plain(entry.text())

    @staticmethod
    def resolve_body_html(entry):
        return plain(str(entry.body))

    @staticmethod
    def resolve_credit(entry):
        return entry.credit_text() or None


class EntryFilters(Schema):
    since: int = Field(0, ge=0, le=2**62)


@page_of("", LivePageOut, router, summary="Live pages, newest first")
def list_live_pages(request):
    return LivePage.objects.published().select_related("topic").order_by("-first_published_at")


@page_of(
    "/{page_id}/entries",
    EntryOut,
    router,
    summary="A live page's visible entries, newest first; `since` keeps those changed after it",
)
def list_entries(request, filters: Query[EntryFilters], page_id: int = Path(..., ge=1, le=MAX_ID)):
    page = get_object_or_404(LivePage.objects.published(), pk=page_id)
    entries = page.visible_entries().select_related("licence").filter(seq__gt=filters.since)
    return entries.order_by("-posted_at", "-pk")


api.add_router("/live", router)
