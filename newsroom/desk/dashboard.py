"""The desk's home: what needs the desk now, each heading a link into the filtered article list.

Every block is a query or two on an indexed column or a small table (workflow states,
scheduled revisions), so the dashboard costs the same at 100 or 100,000 articles."""

from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from newsroom.desk.articles import explorable_articles, new_article_url
from newsroom.desk.clock import newsroom_time, newsroom_zone, start_of_today
from newsroom.desk.filters import scheduled_revisions, workflow_states
from newsroom.models import Correction

SHOWN = 5


@dataclass
class Block:
    heading: str
    count: int
    url: str
    rows: list = field(default_factory=list)  # (headline, edit url, detail)


def list_url(**query):
    return f"{reverse('articles:index')}?{urlencode(query)}"


def edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def by_page(items, key):
    """Workflow states and revisions keep their page's id as text."""
    return {int(item.object_id): item for item in sorted(items, key=key, reverse=True)}


def in_review(articles, zone):
    states = workflow_states("in_progress").select_related("requested_by")
    states = by_page(states, key=lambda state: state.created_at)  # oldest request wins
    pages = sorted(articles.filter(pk__in=states), key=lambda page: states[page.pk].created_at)

    def detail(state):
        who = state.requested_by.get_full_name() or state.requested_by.get_username()
        return f"sent by {who}, waiting since {newsroom_time(state.created_at, zone)}"

    rows = [(p.title, edit_url(p.pk), detail(states[p.pk])) for p in pages[:SHOWN]]
    return Block("In review", len(pages), list_url(status="in_review"), rows)


def scheduled(articles, zone):
    revisions = by_page(scheduled_revisions(), key=lambda revision: revision.created_at)
    pages = articles.filter(pk__in=revisions)
    pages = sorted(pages, key=lambda page: revisions[page.pk].approved_go_live_at)
    rows = [
        (
            p.title,
            edit_url(p.pk),
            f"goes live {newsroom_time(revisions[p.pk].approved_go_live_at, zone)}",
        )
        for p in pages[:SHOWN]
    ]
    return Block("Scheduled", len(pages), list_url(status="scheduled"), rows)


def timed_block(heading, pages, status, field_name, verb, zone):
    rows = [
        (p.title, edit_url(p.pk), f"{verb} {newsroom_time(getattr(p, field_name), zone)}")
        for p in pages[:SHOWN]
    ]
    return Block(heading, pages.count(), list_url(status=status), rows)


def desk_blocks(request):
    zone = newsroom_zone(request)
    now = timezone.now()
    articles = explorable_articles(request.user).only("title", "embargo_until", "breaking_until")
    live = articles.filter(live=True)
    today = start_of_today(zone)
    week = Correction.objects.filter(created_at__gte=now - timedelta(days=7))
    return [
        in_review(articles, zone),
        scheduled(articles, zone),
        timed_block(
            "Embargoed",
            live.filter(embargo_until__gt=now).order_by("embargo_until"),
            "embargoed",
            "embargo_until",
            "public from",
            zone,
        ),
        timed_block(
            "Breaking",
            live.filter(breaking_until__gt=now).order_by("breaking_until"),
            "breaking",
            "breaking_until",
            "in the ticker until",
            zone,
        ),
        Block(
            "Published today",
            live.filter(published_at__gte=today).count(),
            list_url(published_at_from=today.date().isoformat(), ordering="-published_at"),
        ),
        Block(
            "Corrections this week",
            week.count(),
            reverse("wagtailsnippets_newsroom_correction:list"),
        ),
    ]


class DeskPanel(Component):
    """Above Wagtail's own panels: the desk reads this first."""

    name = "newsroom_desk"
    order = 10
    template_name = "newsroom/admin/desk_panel.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "blocks": desk_blocks(request),
            "zone": newsroom_zone(request),
            "new_article_url": new_article_url(request.user),
            "articles_url": reverse("articles:index"),
        }
