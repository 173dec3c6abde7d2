"""Reader search on PostgreSQL: one row per live article (discovery.SearchEntry), matched through
a GIN index and ranked by relevance, the newest first among equals.

Relevance is ts_rank over the document's weighted words (headline A, standfirst B, topic C, body
D), so a headline match outranks a body match and a body that is about the words outranks one
that mentions them once. Ranking reads each ranked row's vector: every match of a common word
would be 30-100 ms at 100,000 articles. So the count, which stops at MAX_COUNTED, comes first: up
to MAX_COUNTED matches are all ranked; past it, only the newest MAX_COUNTED headline matches and
the newest MAX_COUNTED document matches are. Every result a reader can page to is among them.
SQLite (the demo) searches Wagtail's FTS5 index instead, so every function here is PostgreSQL only.
"""

import time
from datetime import UTC, datetime

from django.db import connection
from django.db.models import BooleanField, F, FloatField, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone

from discovery.documents import body_text
from discovery.models import SearchEntry
from discovery.related import id_set

CONFIG = "english"  # also written out in the queries below
MAX_COUNTED = (
    500  # "500+ results" (25 pages): past this nobody pages, and counting and ranking cost
)
WALK_COST = 2  # reading a row on the walk of the date index costs ~2x reading a match found by GIN (measured at 100k)
MAX_TEXT = 100_000  # characters of a body that are indexed (a tsvector holds at most 1 MB)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the date of a live article that has none: listed last
ANY_TIME = datetime(
    9999, 1, 1, tzinfo=UTC
)  # published(at=ANY_TIME): live and public, whatever the embargo

UPSERT = f"""
    INSERT INTO {SearchEntry._meta.db_table} (article_id, title, document, topic_id, published_at, visible_from)
    VALUES (%(id)s, to_tsvector('{CONFIG}', %(title)s),
            setweight(to_tsvector('{CONFIG}', %(title)s), 'A') || setweight(to_tsvector('{CONFIG}', %(standfirst)s), 'B')
              || setweight(to_tsvector('{CONFIG}', %(topic)s), 'C') || setweight(to_tsvector('{CONFIG}', %(body)s), 'D'),
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
            "pk",
            "title",
            "standfirst",
            "body",
            "topic__title",
            "topic_id",
            "published_at",
            "first_published_at",
            "embargo_until",
        )
    ]
    SearchEntry.objects.filter(article_id__in=id_set(ids)).exclude(
        article_id__in=[row["id"] for row in rows]
    ).delete()
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(UPSERT, rows)


def update_in_batches(articles, batch=1000) -> int:
    """update() for every article of the ArticlePage queryset `articles`, oldest first; returns
    how many. In publication order, as a live site writes them, so the newest matches that a
    search ranks lie together on disk: the walk of the date index reads 4x fewer pages at 100k."""
    ids = list(articles.order_by("published_at", "pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        update(ids[start : start + batch])
    return len(ids)


def forget_section(page) -> None:
    """Drop the entries of `page` and the articles below it (it was just made private): at once,
    in one statement, so no search shows them while a task re-checks the section."""
    if enabled():
        SearchEntry.objects.filter(
            article__path__startswith=page.path, article__depth__gte=page.depth
        ).delete()


def rebuild(batch=1000) -> int:
    """Index every live article (after a bulk import, or when the index is new); returns the count."""
    from newsroom.models import ArticlePage

    if not enabled():
        return 0
    SearchEntry.objects.exclude(article__in=ArticlePage.objects.published(at=ANY_TIME)).delete()
    return update_in_batches(ArticlePage.objects.published(at=ANY_TIME), batch)


def _tsquery(query: str, operator: str) -> str:
    # clean_query left only \w words: joined with & or | they are a well-formed tsquery.
    return (" & " if operator == "and" else " | ").join(query.split())


def _match(column, query, operator):
    return RawSQL(  # noqa: S611
        f"{column} @@ to_tsquery('english', %s)",
        (_tsquery(query, operator),),
        output_field=BooleanField(),
    )


def matching(query: str, operator: str, filters, column="document"):
    """The entries of visible articles whose `column` matches `query` and that pass `filters`, unordered."""
    visible = Q(visible_from__isnull=True) | Q(visible_from__lte=timezone.now())
    return filters.apply(
        SearchEntry.objects.filter(_match(column, query, operator)).filter(visible)
    )


def _rank(query, operator):
    return RawSQL(  # noqa: S611
        f"ts_rank(document, to_tsquery('{CONFIG}', %s))",
        (_tsquery(query, operator),),
        output_field=FloatField(),
    )


def _newest_ids(entries, walk):
    """The newest MAX_COUNTED of `entries` as SQL. `walk`: along the date index, testing each row
    until enough match; else every match from the GIN index, then a sort. NULLS LAST, which the
    index does not have, keeps PostgreSQL off it (see _worth_walking)."""
    newest = F("published_at").desc() if walk else F("published_at").desc(nulls_last=True)
    return entries.order_by(newest, "-pk").values("pk")[:MAX_COUNTED].query.sql_with_params()


def _worth_walking(entries) -> bool:
    """Whether the walk reads fewer rows than GIN finds: about MAX_COUNTED / share rows against
    matches, with the planner's own estimate of the matches. Left to itself the planner walks far
    too often (it prices the @@ test of a row at almost nothing): 18,000 rows and 60 ms for a
    word in 3% of 100k articles, where GIN and a sort take 5 ms."""
    matches = _estimated_rows(entries)
    return matches * matches > WALK_COST * MAX_COUNTED * _table_rows()


def _estimated_rows(queryset) -> float:
    sql, params = queryset.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        return cursor.fetchone()[0][0]["Plan"]["Plan Rows"]


_TABLE_ROWS = {}  # {minute: the planner's estimate of the table's rows}


def _table_rows() -> float:
    # The table's size changes slowly: one estimate a minute per process, not a query per search.
    minute = int(time.time() // 60)
    if minute not in _TABLE_ROWS:
        _TABLE_ROWS.clear()
        _TABLE_ROWS[minute] = _estimated_rows(SearchEntry.objects.all())
    return _TABLE_ROWS[minute]


class Ranked:
    """Matching article ids for Django's Paginator, best first (see the module's docstring). One
    query ranks up to MAX_COUNTED + 1 matches: when no more match, that is every result and their
    count. Past it, the newest MAX_COUNTED headline and document matches are ranked for each page,
    in one query."""

    ordered = True  # for the Paginator: rank, then date, then id is a total order

    def __init__(self, query: str, operator: str, filters):
        self.query, self.operator, self.filters = query, operator, filters
        self.entries = matching(query, operator, filters)
        self._first = None  # the ranked ids of up to MAX_COUNTED + 1 matches

    def count(self) -> int:
        if self._first is None:
            self._first = self._rank_first()
        return min(len(self._first), MAX_COUNTED)

    @property
    def capped(self) -> bool:
        return self.count() >= MAX_COUNTED and len(self._first) > MAX_COUNTED

    def __len__(self):
        return self.count()

    def __getitem__(self, page: slice):
        return self._ranked(self._candidates(), page) if self.capped else self._first[page]

    def _rank_first(self):
        """The first MAX_COUNTED + 1 matches GIN finds, ranked in the query that reads them (no
        second lookup of each row), so that when no more match this is every result."""
        if (
            self.entries.query.is_empty()
        ):  # a filter no article can pass (no such topic): no SQL to run
            return []
        first = self.entries.annotate(rank=_rank(self.query, self.operator)).values(
            "pk", "rank", "published_at"
        )
        sql, params = first.order_by()[: MAX_COUNTED + 1].query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT pk FROM ({sql}) first ORDER BY rank DESC, published_at DESC, pk DESC",  # noqa: S608
                params,
            )
            return [pk for (pk,) in cursor.fetchall()]

    def _ranked(self, candidates, page=slice(None)):
        ranked = candidates.annotate(rank=_rank(self.query, self.operator)).order_by(
            "-rank", "-published_at", "-pk"
        )
        return list(ranked.values_list("pk", flat=True)[page])

    def _candidates(self):
        headlines = matching(
            self.query, self.operator, self.filters, column="title"
        )  # no second document lookup
        if self.filters.topic or self.filters.since or self.filters.until:
            # A window would need an estimate of the filtered rows: GIN and a sort, or the walk.
            tiers = (
                _newest_ids(headlines, walk=False),
                _newest_ids(self.entries, walk=_worth_walking(self.entries)),
            )
        else:
            # Each tier in its own window: the headline's words are rarer than the document's.
            tiers = tuple(
                _newest_ids(_in_window(entries, _estimated_rows(entries)), walk=False)
                for entries in (headlines, self.entries)
            )
        (headline_sql, headline_params), (any_sql, any_params) = tiers
        union = RawSQL(f"({headline_sql}) UNION ({any_sql})", headline_params + any_params)  # noqa: S611  (SQL Django compiled)
        return SearchEntry.objects.filter(pk__in=union)


def _in_window(entries, matches):
    """`entries` among the newest articles that should hold ~2 x MAX_COUNTED of them (by the
    planner's estimate of the `matches`; the date index finds where they start, in the same
    query): ~1,000 rows read where all the matches of a word in 8% of 100k articles were 8,000."""
    rows = _table_rows()
    window = int(2 * MAX_COUNTED * rows / max(matches, 1))
    if window >= rows / 2:  # the matches are few enough for GIN and a sort
        return entries
    newest = SearchEntry.objects.order_by("-published_at", "-pk").values("published_at")[
        window : window + 1
    ]
    return entries.filter(
        published_at__gte=Coalesce(Subquery(newest), Value(EPOCH))
    )  # EPOCH if the table shrank
