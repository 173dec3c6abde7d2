"""Reader search: a cleaned query, optional topic and date filters, snippets with the matched words."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils import timezone

from discovery.documents import body_text

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
SNIPPET_WORDS = 30
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw: str) -> str:
    """Plain words only, lower-cased: quotes, `*`, `:`, NEAR/AND/OR and SQL mean nothing special.

    FTS5 reads upper-case NEAR/AND/OR/NOT and `"`, `*`, `:` as syntax; lower-case words and
    nothing else is safe on SQLite and PostgreSQL alike."""
    return " ".join(_WORD.findall(raw[:MAX_QUERY_LENGTH].lower())[:MAX_TERMS])


def parse_day(value: str | None):
    try:
        return date.fromisoformat((value or "").strip()[:10]) if value else None
    except ValueError:
        return None


@dataclass
class Filters:
    topic: str = ""
    since: date | None = None
    until: date | None = None

    @classmethod
    def from_request(cls, params):
        return cls(topic=params.get("topic", "")[:100], since=parse_day(params.get("from")), until=parse_day(params.get("to")))

    def apply(self, articles):
        if self.topic:
            # The search index filters on the topic's id, not on fields of the topic.
            from newsroom.models import TopicPage

            topic = TopicPage.objects.filter(slug=self.topic).values_list("pk", flat=True).first()
            articles = articles.filter(topic_id=topic) if topic else articles.none()
        if self.since:
            articles = articles.filter(published_at__gte=datetime.combine(self.since, time.min, tzinfo=timezone.get_current_timezone()))
        if self.until:
            articles = articles.filter(published_at__lt=datetime.combine(self.until, time.max, tzinfo=timezone.get_current_timezone()))
        return articles


def snippet(article, query: str) -> list[tuple[str, bool]]:
    """About SNIPPET_WORDS words around the first matched word, as (text, is_match) parts.

    The template escapes each part and wraps the matches in <mark>."""
    text = " ".join(f"{article.standfirst} {body_text(article.body.raw_data)}".split())
    terms = _stems(query)
    words = text.split(" ")
    hits = [i for i, word in enumerate(words) if _starts(word, terms)]
    start = max(0, (hits[0] if hits else 0) - SNIPPET_WORDS // 3)
    window = words[start : start + SNIPPET_WORDS]
    parts = [("… " if start else "", False)]
    for word in window:
        parts.append((word, _starts(word, terms)))
        parts.append((" ", False))
    if start + SNIPPET_WORDS < len(words):
        parts.append(("…", False))
    return parts


def _starts(word, terms):
    core = "".join(_WORD.findall(word.lower()))
    return bool(core) and core.startswith(terms)


def _stems(query):
    # A crude stem so "elections" also marks "election": the search itself stems (Postgres) or
    # matches prefixes (SQLite); the snippet only has to find the same words again.
    return tuple(term if len(term) <= 4 else term[: len(term) - 2] for term in query.split())


MAX_RANKED = 300  # on PostgreSQL results past this are neither ranked nor counted ("more than 300")


def ranked_ids(query: str, operator: str) -> list[int] | None:
    """On PostgreSQL: matching article ids, best first, straight from Wagtail's index table.

    Wagtail's own query joins every article to its index entry before matching (1-4 s at
    100,000 articles). This one starts from the GIN indexes: headline matches first, ranked on
    the short title vectors, then articles matching in their text, newest first. Ranking every
    body match would read thousands of large vectors for a common word, so body matches are
    taken as found, up to MAX_RANKED. None on other databases (SQLite uses Wagtail's FTS5)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from newsroom.models import ArticlePage

    if connection.vendor != "postgresql":
        return None
    # clean_query left only \w words, so joining them is a well-formed tsquery.
    tsquery = (" & " if operator == "and" else " | ").join(query.split())
    sql = """
        WITH q AS (SELECT to_tsquery(%(q)s) AS q), hits AS (
            (SELECT e.object_id, 1 AS tier, ts_rank(e.title, q.q) AS rank FROM wagtailsearch_indexentry e, q
             WHERE e.content_type_id = %(ct)s AND e.title @@ q.q ORDER BY rank DESC LIMIT %(n)s)
            UNION ALL
            (SELECT e.object_id, 2, 0 FROM wagtailsearch_indexentry e, q
             WHERE e.content_type_id = %(ct)s AND e.body @@ q.q LIMIT %(n)s)
        )
        SELECT a.page_ptr_id FROM hits JOIN newsroom_articlepage a ON a.page_ptr_id = hits.object_id::integer
        GROUP BY a.page_ptr_id, a.published_at
        ORDER BY min(hits.tier), max(hits.rank) DESC, a.published_at DESC NULLS LAST
        LIMIT %(n)s
    """
    params = {"q": tsquery, "ct": ContentType.objects.get_for_model(ArticlePage).pk, "n": MAX_RANKED}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
