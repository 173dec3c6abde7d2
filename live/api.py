"""Live pages and their entries in the read API (syndication's django-ninja API)."""

from datetime import datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate

from live.models import LivePage
from syndication.api import ERRORS, MAX_ID, Pages, TopicRef, api, cached
from syndication.links import page_url, plain

router = Router(tags=["live"])


class LivePageOut(Schema):
    id: int
    title: str
    url: str
    state: str
    standfirst: str
    topic: TopicRef | None
    coverage_start: datetime | None
    coverage_end: datetime | None
    cursor: int

    @staticmethod
    def resolve_title(page):
        return plain(page.title)

    @staticmethod
    def resolve_url(page):
        return page_url(page)


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


@router.get("", response={200: list[LivePageOut], **ERRORS}, summary="Live pages, newest first")
@cached
@paginate(Pages)
def list_live_pages(request):
    return LivePage.objects.published().select_related("topic").order_by("-first_published_at")


@router.get(
    "/{page_id}/entries",
    response={200: list[EntryOut], **ERRORS},
    summary="A live page's visible entries, newest first; `since` keeps those changed after it",
)
@cached
@paginate(Pages)
def list_entries(request, filters: Query[EntryFilters], page_id: int = Path(..., ge=1, le=MAX_ID)):
    page = get_object_or_404(LivePage.objects.published(), pk=page_id)
    entries = page.visible_entries().select_related("licence").filter(seq__gt=filters.since)
    return entries.order_by("-posted_at", "-pk")


api.add_router("/live", router)
