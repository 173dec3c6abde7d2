"""Reader search on PostgreSQL, with django.contrib.postgres: one SearchEntry row per live
article, matched through a GIN index and ranked by SearchRank, the newest first among equals.

The document weighs headline A, standfirst B, topic, tags and the names of the people,
organisations and places the article is about (entities.Mention) C, body D, so a headline match
outranks a body match. SearchRank reads each ranked row's vector, which would cost 30-100 ms
for every match of a common word at 100,000 articles; so the first query ranks at most
MAX_COUNTED + 1 matches. When more match, the newest MAX_COUNTED headline matches and the newest
MAX_COUNTED document matches are ranked: every result a reader can page to is among them.
No EXPLAIN, no raw SQL: the only hint to the planner is the NULLS LAST in _newest.
"""

import time as clock
from datetime import UTC, datetime
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, Value
from django.utils import timezone

from discovery.documents import body_text
from discovery.models import SearchEntry
from discovery.related import id_set

CONFIG = "english"
MAX_COUNTED = 500  # "500+ results" (25 pages): past this nobody pages
# The newest articles where a capped search looks first. Not 2,000 as well: over the bench's
# 200 queries at 100k (111 capped), 500 matches lay among the newest 2,000 for 2 document tiers
# and no headline tier, so that window was one wasted query in nearly every capped search.
WINDOWS = (20_000,)
WINDOW_SECONDS = 60  # how long a process keeps where the windows start
MAX_TEXT = 100_000  # characters of a body that are indexed (a tsvector holds at most 1 MB)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the date of a live article that has none: listed last
ANY_TIME = datetime(9999, 1, 1, tzinfo=UTC)  # published(at=ANY_TIME): live, whatever the embargo
WEIGHTS = (("title", "A"), ("standfirst", "B"), ("topic", "C"), ("tags", "C"), ("body", "D"))


def enabled() -> bool:
    return connection.vendor == "postgresql"


def _words(text, weight=None):
    return SearchVector(Value(text), config=CONFIG, weight=weight)


def _entry(row) -> SearchEntry:
    document = reduce(lambda a, b: a + b, (_words(row[f], w) for f, w in WEIGHTS))
    return SearchEntry(
        article_id=row["id"],
        title=_words(row["title"]),
        document=document,
        topic_id=row["topic_id"],
        published_at=row["published_at"],
        visible_from=row["visible_from"],
    )


def _rows(live):
    from newsroom.models import ArticleTag

    tags = {}
    pairs = ArticleTag.objects.filter(content_object__in=live.values("pk"))
    for article_id, name in pairs.values_list("content_object_id", "tag__name"):
        tags[article_id] = f"{tags.get(article_id, '')} {name}"
    from entities.models import Mention

    about = Mention.objects.filter(article__in=live.values("pk")).exclude(
        status=Mention.Status.REJECTED
    )
    for article_id, name in about.values_list("article_id", "entity__name"):
        tags[article_id] = f"{tags.get(article_id, '')} {name}"  # weighed as tags are
    fields = ("pk", "title", "standfirst", "body", "topic__title", "topic_id")
    dates = ("published_at", "first_published_at", "embargo_until")
    for values in live.values_list(*fields, *dates):
        pk, title, standfirst, body, topic, topic_id, published, first, embargo = values
        yield {
            "id": pk,
            "title": title,
            "standfirst": standfirst or "",
            "body": body_text(getattr(body, "raw_data", body))[:MAX_TEXT],
            "topic": topic or "",
            "tags": tags.get(pk, ""),
            "topic_id": topic_id,
            "published_at": published or first or EPOCH,
            "visible_from": embargo,
        }


def update(article_ids) -> None:
    """Index the live articles among `article_ids` and drop the entries of the others."""
    from newsroom.models import ArticlePage

    ids = list(article_ids)
    if not enabled() or not ids:
        return
    # Embargoed articles are indexed with the embargo's end, so lifting it needs no task to run.
    live = ArticlePage.objects.published(at=ANY_TIME).filter(pk__in=id_set(ids)).order_by()
    entries = [_entry(row) for row in _rows(live)]
    kept = [entry.article_id for entry in entries]
    SearchEntry.objects.filter(article_id__in=id_set(ids)).exclude(article_id__in=kept).delete()
    SearchEntry.objects.bulk_create(
        entries,
        update_conflicts=True,
        unique_fields=["article"],
        update_fields=["title", "document", "topic", "published_at", "visible_from"],
    )


def update_in_batches(articles, batch=1000) -> int:
    """update() for every article of the ArticlePage queryset `articles`, oldest first; returns
    how many. In publication order, as a live site writes them, so the newest matches that a
    search ranks lie together on disk."""
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
    """Index every live article (after a bulk import, or when the index is new); the count."""
    from newsroom.models import ArticlePage

    if not enabled():
        return 0
    live = ArticlePage.objects.published(at=ANY_TIME)
    SearchEntry.objects.exclude(article__in=live).delete()
    return update_in_batches(live, batch)


def search_query(terms, operator: str) -> SearchQuery:
    """Terms of discovery.search.expand (or clean words), each phrase one plainto_tsquery
    (stemmed; a stop word matches all), a term any one of its phrases, and all the terms
    required ("and") or any one ("or")."""
    if isinstance(terms, str):
        terms = [(word,) for word in terms.split()]
    either = (reduce(or_, (SearchQuery(p, config=CONFIG) for p in term)) for term in terms)
    return reduce(and_ if operator == "and" else or_, either)


def matching(terms: SearchQuery, filters, column="document"):
    """The entries of visible articles whose `column` matches `terms` and that pass `filters`."""
    visible = Q(visible_from__isnull=True) | Q(visible_from__lte=timezone.now())
    return filters.apply(SearchEntry.objects.filter(**{column: terms}).filter(visible))


def _newest(entries):
    # NULLS LAST, which the date index does not have, keeps PostgreSQL on the GIN index (with
    # the date index as a second bitmap): walking the date index and testing each row's words
    # is 10x slower for a word in 3% of rows.
    newest = F("published_at").desc(nulls_last=True)
    return list(entries.order_by(newest, "-pk").values_list("pk", flat=True)[:MAX_COUNTED])


def _newest_ids(entries) -> list[int]:
    """The newest MAX_COUNTED of `entries`: first among the newest 20,000 articles, where GIN
    and the date index together read only those rows; else among all of them, where
    a common word's 30,000 matches are 450 ms of reading at 100k."""
    for start in _window_starts():
        recent = _newest(entries.filter(published_at__gte=start))
        if len(recent) == MAX_COUNTED:
            return recent
    return _newest(entries)


_windows = {}  # {"at": when read, "starts": [date, ...]}, this process's copy


def _window_starts() -> list:
    """Where the WINDOWS begin (the date of the 20,000th newest entry; none past the table's
    end), read once a minute per process rather than by every windowed query (each walked
    20,000 dates of the index, up to twice a search). Any start is right:
    a window that holds MAX_COUNTED matches holds the newest ones, and articles published
    since it was read only widen it."""
    if clock.monotonic() - _windows.get("at", -WINDOW_SECONDS) >= WINDOW_SECONDS:
        newest = SearchEntry.objects.order_by("-published_at", "-pk")
        dates = newest.values_list("published_at", flat=True)
        starts = [dates[window : window + 1] for window in WINDOWS]
        _windows.update(at=clock.monotonic(), starts=[d for found in starts for d in found])
    return _windows["starts"]


class Ranked:
    """Matching article ids for Django's Paginator, best first (see the module's docstring):
    one query ranks up to MAX_COUNTED + 1 matches; when no more match, that is every result and
    their count. Past it, each page ranks the newest headline and document matches."""

    ordered = True  # for the Paginator: rank, then date, then id is a total order
    partial = False  # set by discovery.search.find: not every term matched

    def __init__(self, terms, operator: str, filters):
        self.query, self.filters = search_query(terms, operator), filters
        self.entries = matching(self.query, filters)
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

    def _with_rank(self, entries):
        return entries.annotate(rank=SearchRank(F("document"), self.query))

    def _rank_first(self):
        """The first MAX_COUNTED + 1 matches GIN finds, ranked in the query that reads them,
        sorted here (501 rows): no second lookup of each row."""
        if self.entries.query.is_empty():  # a filter no article can pass: no SQL to run
            return []
        rows = self._with_rank(self.entries).order_by()[: MAX_COUNTED + 1]
        found = rows.values_list("rank", "published_at", "pk")
        return [pk for *_, pk in sorted(found, reverse=True)]

    def _ranked(self, candidates, page=slice(None)):
        ranked = self._with_rank(candidates).order_by("-rank", "-published_at", "-pk")
        return list(ranked.values_list("pk", flat=True)[page])

    def _candidates(self):
        headlines = matching(self.query, self.filters, column="title")
        ids = {*_newest_ids(headlines), *_newest_ids(self.entries)}
        return SearchEntry.objects.filter(pk__in=id_set(ids))
