"""The desk report "Who gets quoted": per topic and month, the most-quoted people and
organisations (public quotes of published articles: what readers see) and the share of
articles that quote no one (no quote with a speaker, shown or awaiting review, that an editor
has not rejected: a doubtful speaker is still someone quoted)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncMonth
from django.urls import reverse

from entities.models import Quote
from newsroom.models import ArticlePage

TOP = 5


@dataclass
class Row:
    month: object
    topic: str
    articles: int = 0
    quoting_no_one: int = 0
    most_quoted: list[tuple[str, str, int]] = field(default_factory=list)  # name, url, quotes

    @property
    def share_quoting_no_one(self) -> float:
        return self.quoting_no_one / self.articles if self.articles else 0.0


def who_gets_quoted(since=None) -> list[Row]:
    """Newest month first, topics by name within a month."""
    published = ArticlePage.objects.published()
    if since is not None:
        published = published.filter(published_at__gte=since)
    public = Quote.objects.public().exclude(speaker=None)
    quoting = Quote.objects.exclude(status=Quote.Status.REJECTED).exclude(speaker=None)
    rows: dict[tuple, Row] = {}
    articles = (
        published.annotate(
            month=TruncMonth("published_at"),
            quoted=Exists(quoting.filter(article=OuterRef("pk"))),
        )
        .order_by()  # no page-tree ordering in the GROUP BY
        .values("month", "topic__title")
        .annotate(total=Count("pk"), unquoted=Count("pk", filter=Q(quoted=False)))
    )
    for group in articles:
        key = (group["month"], group["topic__title"] or "No topic")
        rows[key] = Row(*key, articles=group["total"], quoting_no_one=group["unquoted"])
    speakers = (
        public.filter(article__in=published.values("pk"))
        .annotate(month=TruncMonth("article__published_at"))
        .values("month", "article__topic__title", "speaker__name", "speaker__slug", "speaker__kind")
        .annotate(quotes=Count("pk"))
        .order_by("-quotes", "speaker__name")
    )
    tops = defaultdict(list)
    for group in speakers:
        key = (group["month"], group["article__topic__title"] or "No topic")
        if len(tops[key]) < TOP:
            tops[key].append(group)
    for key, groups in tops.items():
        rows[key].most_quoted = [
            (g["speaker__name"], _page(g["speaker__kind"], g["speaker__slug"]), g["quotes"])
            for g in groups
        ]
    return sorted(rows.values(), key=lambda r: (-_ordinal(r.month), r.topic))


def _page(kind, slug):
    return reverse(f"entities:{kind}", args=[slug])


def _ordinal(month) -> int:
    return month.toordinal() if month else 0
