"""The one reader search, for the /search/ page and the JSON API alike: a cleaned query, optional
topic and date filters, ids best first, and snippets with the matched words."""

import re
import time as clock
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cached_property

from django.utils import timezone
from django.utils.html import format_html, format_html_join
from wagtail.search.query import And, Or, PlainText

from discovery import search_index
from discovery.documents import body_text

TOPICS_SECONDS = (
    60  # how long a new or renamed topic may take to reach another process's search page
)
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
SNIPPET_WORDS = 30
MAX_ENTITIES = 5  # names matched in one query
MAX_SPELLINGS = 8  # phrases one term may match: the typed words and the name's spellings
MAX_NAME_WORDS = 3  # the longest name looked for in a query
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw: str) -> str:
    """Plain words only, lower-cased: quotes, `*`, `:`, NEAR/AND/OR and SQL mean nothing special.

    FTS5 reads upper-case NEAR/AND/OR/NOT and `"`, `*`, `:` as syntax; lower-case words and
    nothing else is safe on SQLite and PostgreSQL alike."""
    return " ".join(_WORD.findall(raw[:MAX_QUERY_LENGTH].lower())[:MAX_TERMS])


def find(raw_query: str, filters=None):
    """Ids of the visible articles matching `raw_query`, best first: a sequence Django's
    Paginator can page (count() and slices), with `terms` (what was searched for) and
    `partial` (not every term matched). Every term must match; when no article has them all,
    any one of them does rather than nothing."""
    query, filters = clean_query(raw_query), filters or Filters()
    if not query:
        return NoResults()
    terms = expand(query)
    results = _ranked(terms, "and", filters)
    if len(terms) > 1 and not results.count():
        results = _ranked(terms, "or", filters)
        results.partial = True
    results.terms = terms
    return results


def expand(query: str) -> list[tuple[str, ...]]:
    """The clean query as terms, each a tuple of phrases any one of which will do: a word, or
    for a name of a person, organisation or place every spelling of it ("zelensky" → zelensky,
    zelenskyy, zelenskiy, зеленський). Names come from entities.Entity.objects.matching, folded
    (case, accents and script aside), one query for every run of up to MAX_NAME_WORDS words."""
    from entities.models import Entity

    words = query.split()
    terms = [(word,) for word in words]
    spans = {}  # (start, end) of words → the spellings that may replace them
    pieces = {
        " ".join(words[start : start + size])
        for size in range(1, MAX_NAME_WORDS + 1)
        for start in range(len(words) - size + 1)
    }
    keys = _keys(pieces)
    named = Entity.objects.with_keys(keys).order_by() if keys else []
    # Sorted here, not by ORDER BY ... LIMIT: a name matches few entities.
    for entity in sorted(named, key=lambda entity: entity.pk)[:MAX_ENTITIES]:
        span, spellings = _spellings(entity, words)
        if span and span not in spans:
            spans[span] = spellings
    # Longest spans first; a span overlapping one already taken is dropped.
    taken = set()
    for (start, end), spellings in sorted(spans.items(), key=lambda item: item[0][0] - item[0][1]):
        if taken.isdisjoint(range(start, end)):
            taken.update(range(start, end))
            phrase = " ".join(words[start:end])
            terms[start] = tuple(dict.fromkeys([phrase, *spellings]))[:MAX_SPELLINGS]
            terms[start + 1 : end] = [()] * (end - start - 1)
    return [term for term in terms if term]


def _keys(pieces) -> set[str]:
    """The keys Entity.objects.matching compares, for every piece at once (one query): the
    folded pieces and their transliteration skeletons."""
    from entities.names import name_key, skeleton

    keys = {name_key(piece) for piece in pieces} - {""}
    return keys | {f"~{skeleton(key)}" for key in keys}


def _spellings(entity, words):
    """The words of `words` (start, end) that name `entity`, and its spellings as clean phrases:
    a person's surnames (an article may name them by surname alone), else whole names."""
    from entities.names import name_keys

    names = [entity.name, *entity.aliases]
    keys = entity.key_set()
    for size in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            # The same keys `matching` compares: folded, and the transliteration skeleton.
            if name_keys([" ".join(words[start : start + size])]) & keys:
                phrases = [clean_query(name) for name in names]
                if entity.kind == entity.Kind.PERSON:
                    phrases = [phrase.rsplit(" ", 1)[-1] for phrase in phrases]
                return (start, start + size), [p for p in phrases if p]
    return None, []


class NoResults(list):
    terms, partial = [], False

    def count(self):
        return 0


def _ranked(terms, operator, filters):
    # The one seam between the databases. PostgreSQL ranks discovery's own entries with
    # django.contrib.postgres (search_index). SQLite, the demo, has no tsvector: Wagtail's
    # database backend ranks its FTS5 index there. Same terms in, same shape out.
    if search_index.enabled():
        return search_index.Ranked(terms, operator, filters)
    from newsroom.models import ArticlePage

    either = [
        Or([PlainText(phrase) for phrase in term]) if len(term) > 1 else PlainText(term[0])
        for term in terms
    ]
    query = either[0] if len(either) == 1 else (And if operator == "and" else Or)(either)
    found = filters.apply(ArticlePage.objects.published()).search(query)
    return PageIds(found)


def highlighted(terms) -> str:
    """Every word of every term, for the snippets' <mark>s."""
    return " ".join(
        dict.fromkeys(word for term in terms for phrase in term for word in phrase.split())
    )


class PageIds:
    """Wagtail's search results as the ids of their pages, the shape search_index.Ranked has."""

    ordered = True
    partial = False

    def __init__(self, results):
        self.results = results

    def count(self) -> int:
        return self.results.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, page: slice):
        return [article.pk for article in self.results[page]]


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
        return cls(
            topic=params.get("topic", "")[:100],
            since=parse_day(params.get("from")),
            until=parse_day(params.get("to")),
        )

    @cached_property
    def topic_id(self):
        """The topic's id: the search index filters on it, not on fields of the topic. Looked up
        once a search, not by each of the two to seven queries that apply the filters."""
        from newsroom.models import TopicPage

        return TopicPage.objects.filter(slug=self.topic).values_list("pk", flat=True).first()

    def apply(self, articles):
        if self.topic:
            articles = articles.filter(topic_id=self.topic_id) if self.topic_id else articles.none()
        if self.since:
            articles = articles.filter(
                published_at__gte=datetime.combine(
                    self.since, time.min, tzinfo=timezone.get_current_timezone()
                )
            )
        if self.until:
            articles = articles.filter(
                published_at__lt=datetime.combine(
                    self.until, time.max, tzinfo=timezone.get_current_timezone()
                )
            )
        return articles


_topics = {}  # {"at": when read, "by_id": {pk: TopicPage}}, this process's copy


def published_topics() -> dict:
    """Published topics by id in title order: the filter's options and each result's kicker,
    without a query (nor 20 topic pages built) per search. A minute old at most; forgotten at
    once in the process that saves a topic."""
    if clock.monotonic() - _topics.get("at", -TOPICS_SECONDS) >= TOPICS_SECONDS:
        from newsroom.models import TopicPage

        rows = TopicPage.objects.published().order_by("title").only("title", "slug", "url_path")
        _topics.update(at=clock.monotonic(), by_id={topic.pk: topic for topic in rows})
    return _topics["by_id"]


def forget_topics():
    _topics.clear()


def snippet(article, query: str):
    """About SNIPPET_WORDS words around the first matched word, the matches in <mark>, as safe HTML
    (every word escaped; built here rather than by a template loop of 60 nodes per result).
    Not SearchHeadline: that exists on PostgreSQL only, and would be a second seam between the
    databases; this reads the page already loaded, so it costs no query either."""
    text = f"{article.standfirst} {body_text(article.body.raw_data)}"
    words = text.split()
    terms = _stems(query)
    start = max(0, _first_hit(text, terms) - SNIPPET_WORDS // 3)
    window = words[start : start + SNIPPET_WORDS]
    # Runs of plain words alternate with marked ones: [plain, mark, plain, mark, ..., plain].
    runs = [[]]
    for word in window:
        if _starts(word, terms):
            runs += [word, []]
        else:
            runs[-1].append(word)
    parts = [
        format_html("<mark>{}</mark>", run) if isinstance(run, str) else " ".join(run)
        for run in runs
    ]
    marked = format_html_join(" ", "{}", ((part,) for part in parts if part))
    return format_html(
        "{}{}{}", "… " if start else "", marked, " …" if start + SNIPPET_WORDS < len(words) else ""
    )


def _first_hit(text, terms) -> int:
    """The index (in text.split()) of the first word that starts with one of `terms`, else 0:
    one regular-expression search instead of a test of every word of a long body."""
    alternatives = "|".join(map(re.escape, terms))
    found = re.search(rf"(?<!\w)(?:{alternatives})", text, re.IGNORECASE) if terms else None
    if found is None:
        return 0
    before = text[: found.start()]
    # A word such as "(Kyiv" starts before the match: the piece "(" is not a word of its own.
    return len(before.split()) - (1 if before and not before[-1].isspace() else 0)


def _starts(word, terms):
    core = "".join(_WORD.findall(word.lower()))
    return bool(core) and core.startswith(terms)


def _stems(query):
    # A crude stem so "elections" also marks "election": the search itself stems (Postgres) or
    # matches prefixes (SQLite); the snippet only has to find the same words again.
    return tuple(term if len(term) <= 4 else term[: len(term) - 2] for term in query.split())
