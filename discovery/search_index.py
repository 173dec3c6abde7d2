"""Reader search on PostgreSQL: one row per live article (discovery.SearchEntry), matched through
a GIN index and ranked without reading any body.

Order: articles whose headline has the words first (by ts_rank of the short headline vector), then
the rest, newest first. Ranking bodies as well would read every matched body's vector: 30-100 ms
for a common word at 100,000 articles (bench/search_latency.py). The count stops at MAX_COUNTED.
SQLite (the demo) searches Wagtail's FTS5 index instead, so every function here is PostgreSQL only.
"""

from datetime import UTC, datetime

from django.db import connection
from django.db.models import BooleanField, FloatField, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from discovery.documents import body_text
from discovery.models import SearchEntry
from discovery.related import id_set

CONFIG = "english"  # also written out in the queries below
MAX_COUNTED = 1000  # "1,000+ results": past this nobody pages, and counting costs
MAX_TEXT = 100_000  # characters of a body that are indexed (a tsvector holds at most 1 MB)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the date of a live article that has none: listed last
ANY_TIME = datetime(9999, 1, 1, tzinfo=UTC)  # published(at=ANY_TIME): live and public, whatever the embargo

UPSERT = f"""
    INSERT INTO {SearchEntry._meta.db_table} (article_id, title, document, topic_id, published_at, visible_from)
    VALUES (%(id)s, to_tsvector('{CONFIG}', %(title)s),
            strip(to_tsvector('{CONFIG}', %(title)s || ' ' || %(standfirst)s || ' ' || %(body)s || ' ' || %(topic)s)),
            %(topic_id)s, %(published_at)s, %(visible_from)s)
    ON CONFLICT (article_id) DO UPDATE SET title = EXCLUDED.title, document = EXCLUDED.document, topic_id = EXCLUDED.topic_id,
        published_at = EXCLUDED.published_at, visible_from = EXCLUDED.visible_from
"""  # noqa: S608  (the table name is the model's, CONFIG a constant)


def enabled() -> bool:
    return connection.vendor == "postgresql"


def update(article_ids) -> None:
    """Index the live articles among `article_ids` and drop the entries of the others."""
    from newsroom.models import ArticlePage

    ids = list(article_ids)
    if not enabled() or not ids:
        return
    # Embargoed articles are indexed with the embargo's end, so lifting it needs no task to run.
    live = ArticlePage.objects.published(at=ANY_TIME).filter(pk__in=id_set(ids)).order_by()
    rows = [
        {
            "id": pk,
            "title": title,
            "standfirst": standfirst or "",
            "body": body_text(getattr(body, "raw_data", body))[:MAX_TEXT],
            "topic": topic or "",
            "topic_id": topic_id,
            "published_at": published_at or first_published or EPOCH,
            "visible_from": embargo_until,
        }
        for pk, title, standfirst, body, topic, topic_id, published_at, first_published, embargo_until in live.values_list(
            "pk", "title", "standfirst", "body", "topic__title", "topic_id", "published_at", "first_published_at", "embargo_until"
        )
    ]
    SearchEntry.objects.filter(article_id__in=id_set(ids)).exclude(article_id__in=[row["id"] for row in rows]).delete()
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(UPSERT, rows)


def rebuild(batch=1000) -> int:
    """Index every live article (after a bulk import, or when the index is new); returns the count."""
    from newsroom.models import ArticlePage

    if not enabled():
        return 0
    SearchEntry.objects.exclude(article__in=ArticlePage.objects.published(at=ANY_TIME)).delete()
    ids = list(ArticlePage.objects.published(at=ANY_TIME).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        update(ids[start : start + batch])
    return len(ids)


def _tsquery(query: str, operator: str) -> str:
    # clean_query left only \w words: joined with & or | they are a well-formed tsquery.
    return (" & " if operator == "and" else " | ").join(query.split())


def _match(column, query, operator):
    return RawSQL(f"{column} @@ to_tsquery('english', %s)", (_tsquery(query, operator),), output_field=BooleanField())  # noqa: S611  (column is one of two literals)


def matching(query: str, operator: str, filters):
    """The entries of visible articles that match `query` and pass `filters`, unordered."""
    visible = Q(visible_from__isnull=True) | Q(visible_from__lte=timezone.now())
    return filters.apply(SearchEntry.objects.filter(_match("document", query, operator)).filter(visible))


class Ranked:
    """Matching article ids for Django's Paginator, in two tiers: the articles whose headline
    matches, by ts_rank of the headline, then the rest, newest first. Each page is read with
    LIMIT from one tier or both, so no query ranks or sorts every match of a common word (the
    headline GIN index finds the first tier; the newest-first tier can walk the date index and
    stop at a page). The count stops past MAX_COUNTED; `capped` says it did."""

    ordered = True  # for the Paginator: both tiers have a fixed order

    def __init__(self, query: str, operator: str, filters):
        self.entries = matching(query, operator, filters)
        headline = _match("title", query, operator)
        rank = RawSQL("ts_rank(title, to_tsquery('english', %s))", (_tsquery(query, operator),), output_field=FloatField())
        newest = ("-published_at", "-pk")
        self.headlines = self.entries.filter(headline).annotate(rank=rank).order_by("-rank", *newest).values_list("pk", flat=True)
        self.others = self.entries.exclude(headline).order_by(*newest).values_list("pk", flat=True)
        self._count = None

    def count(self) -> int:
        if self._count is None:
            # COUNT(*) over a subquery that stops at MAX_COUNTED + 1 rows.
            self._count = self.entries.values("pk")[: MAX_COUNTED + 1].count()
        return min(self._count, MAX_COUNTED)

    @property
    def capped(self) -> bool:
        return self.count() >= MAX_COUNTED and self._count > MAX_COUNTED

    def __len__(self):
        return self.count()

    def __getitem__(self, page: slice):
        start, stop = page.start or 0, page.stop
        ids = list(self.headlines[start:stop])
        if len(ids) == stop - start:
            return ids
        # The page runs past the last headline match: the rest of it comes from the other tier.
        headline_count = start + len(ids) if ids else self.headlines[: MAX_COUNTED + 1].count()
        return ids + list(self.others[max(0, start - headline_count) : stop - headline_count])
