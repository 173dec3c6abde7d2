"""Compute, store and look up each article's "Related Articles" list.

Lists are computed when an article is published, changed or withdrawn (the `refresh_related`
task) and for the whole site by `compute_all` (the demo load, or `manage.py compute_related`).
Page views only read them: `ArticlePage.related_articles()` is one query.
"""

import json

import numpy as np
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL
from scipy import sparse

from discovery import documents
from discovery.models import ArticleKeywords, ArticleTerms, RelatedArticle, TermStatistics
from discovery.scoring import (
    GOOD_MATCH,
    LIST_SIZE,
    RECENCY_DAYS,
    RECENCY_SHARE,
    Doc,
    Scorer,
    fit_idf,
    keywords,
    pack,
    recency,
    term_counts,
    unpack_rows,
)

# Up to this many published articles a refresh scores the article against all of them; above
# it, candidates are the articles sharing the most of its keywords (closest in time first), the
# newest of its story-line and the newest sharing a tag, so one new article costs about the same
# at 1k or 100k (bench/related_scale.py).
FULL_SCAN_LIMIT = 3000
KEYWORD_CANDIDATES = 200
QUERY_KEYWORDS = 12  # the new article's heaviest keywords that are matched
CANDIDATES_PER_SOURCE = 150  # from the story-line, and from the tags
NEIGHBOURS_UPDATED = 10  # a changed article is offered to this many of its best neighbours
RECOMPUTE_LIMIT = 25  # at most this many lists that showed a withdrawn article are rebuilt at once


def _published():
    from newsroom.models import ArticlePage

    return ArticlePage.objects.published()


def articles_showing(article) -> list[int]:
    """Ids of the published articles whose stored
    Related list includes `article` (for cache purges)."""
    pk = getattr(article, "pk", article)
    return list(
        _published()
        .filter(related_links__related_id=pk)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def id_set(ids):
    """`ids` as a subquery with one parameter, for `pk__in=`: hundreds of placeholders cost more to
    build and send than the query itself takes to run."""
    ids = [int(pk) for pk in ids]
    if connection.vendor == "postgresql":
        return RawSQL(
            "SELECT unnest(%s::integer[])", ("{" + ",".join(map(str, ids)) + "}",)
        )  # an array literal: quicker to send
    return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))


def save_idf(idf, documents_count):
    TermStatistics.objects.update_or_create(
        pk=1, defaults={"documents": documents_count, "idf": idf.astype(np.float32).tobytes()}
    )


def refit_idf(sample_size=5000) -> int:
    """Refresh the corpus-wide IDF from a random sample (after a bulk import, or nightly)."""
    ids = list(_published().order_by("?").values_list("pk", flat=True)[:sample_size])
    docs = documents.load(_published().filter(pk__in=id_set(ids)), text=False)
    if docs:
        save_idf(fit_idf(counts_of(docs)), len(docs))
    return len(docs)


def rebuild_keywords(batch=5000) -> int:
    """Recompute every stored article's keywords with the current IDF (after refit_idf)."""
    idf, done, last = stored_idf(), 0, 0
    while rows := list(
        ArticleTerms.objects.filter(article_id__gt=last)
        .order_by("article_id")
        .values_list("article_id", "counts", "article__published_at")[:batch]
    ):
        docs = [Doc(id=pk, text="", day=documents.day_of(when)) for pk, _, when in rows]
        store_keywords(docs, unpack_rows([blob for _, blob, _ in rows]), idf)
        done, last = done + len(rows), rows[-1][0]
    return done


_idf_cache = {}


def stored_idf():
    """The corpus IDF, read from the database only when it changed (it is 2 MB)."""
    stamp = TermStatistics.objects.filter(pk=1).values_list("updated_at", flat=True).first()
    if stamp is None:
        return None
    if _idf_cache.get("stamp") != stamp:
        blob = TermStatistics.objects.filter(pk=1).values_list("idf", flat=True).first()
        _idf_cache.update(stamp=stamp, idf=np.frombuffer(bytes(blob), dtype=np.float32))
    return _idf_cache["idf"]


def store_terms(docs, counts, idf):
    """Keep the articles' term counts and keywords, so no later refresh reads their text again."""
    rows = [ArticleTerms(article_id=doc.id, counts=pack(counts[i])) for i, doc in enumerate(docs)]
    ArticleTerms.objects.bulk_create(
        rows,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["article"],
        update_fields=["counts"],
    )
    store_keywords(docs, counts, idf)


def keyword_text(columns) -> str:
    # Padded with spaces so that, where there is no tsvector, " w12 " never matches " w123 ".
    return f" {' '.join(f'w{column}' for column in columns)} "


def store_keywords(docs, counts, idf):
    found = zip(docs, keywords(counts, idf), strict=True)
    rows = [
        ArticleKeywords(article_id=doc.id, keywords=keyword_text(columns), day=doc.day)
        for doc, columns in found
    ]
    ArticleKeywords.objects.bulk_create(
        rows,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["article"],
        update_fields=["keywords", "day"],
    )


def counts_of(docs):
    """Term counts of `docs` in order, from ArticleTerms;
    articles without them are read and stored now."""
    ids = [d.id for d in docs]
    stored = dict(
        ArticleTerms.objects.filter(article_id__in=id_set(ids)).values_list("article_id", "counts")
    )
    missing = [pk for pk in ids if pk not in stored]
    texts = documents.load(_published().filter(pk__in=missing)) if missing else []
    if texts:  # an unreadable article has none: it keeps an empty row, and matches nothing
        fresh = term_counts([d.text for d in texts])
        store_terms(texts, fresh, stored_idf())
        stored.update({d.id: pack(fresh[i]) for i, d in enumerate(texts)})
    return unpack_rows([stored.get(pk, b"") for pk in ids])


@transaction.atomic
def compute_all() -> int:
    """Rebuild every published article's list in one batch (one TF-IDF pass); returns the count."""
    docs = documents.load(_published())
    if not docs:
        RelatedArticle.objects.all().delete()
        return 0
    counts = term_counts([d.text for d in docs])
    scorer = Scorer(docs, counts=counts)
    store_terms(docs, counts, scorer.idf)
    save_idf(scorer.idf, len(docs))
    lists = scorer.related_lists()
    RelatedArticle.objects.all().delete()
    _store(lists)
    return len(lists)


def _store(lists):
    rows = [
        RelatedArticle(article_id=article_id, related_id=related_id, score=score, rank=rank)
        for article_id, chosen in lists.items()
        for rank, (related_id, score) in enumerate(chosen, start=1)
    ]
    RelatedArticle.objects.bulk_create(rows, batch_size=2000)


def _replace(lists):
    RelatedArticle.objects.filter(article_id__in=list(lists)).delete()
    _store(lists)


def candidate_ids(doc, words) -> set[int] | None:
    """Ids worth scoring against `doc`, or None when the site is small enough to score them all.

    `words` are the article's keywords, heaviest first."""
    published = _published().order_by()
    if not list(published.values_list("pk", flat=True)[FULL_SCAN_LIMIT : FULL_SCAN_LIMIT + 1]):
        return None  # at most FULL_SCAN_LIMIT articles, found without counting 100,000 rows
    # Plain "-published_at" (no NULLS LAST) so the (topic, published_at) index serves the order.
    newest = published.filter(published_at__isnull=False).order_by("-published_at")
    ids = (
        set(newest.filter(topic_id=doc.topic).values_list("pk", flat=True)[:CANDIDATES_PER_SOURCE])
        if doc.topic
        else set()
    )
    if doc.tags:
        ids |= set(
            newest.filter(tagged_items__tag_id__in=sorted(doc.tags)).values_list("pk", flat=True)[
                :CANDIDATES_PER_SOURCE
            ]
        )
    return ids | keyword_matches(doc, [f"w{column}" for column in words[:QUERY_KEYWORDS]])


def keyword_matches(doc, tokens) -> set[int]:
    """The KEYWORD_CANDIDATES articles sharing the
    most of `tokens`, scaled by recency as scores are."""
    if not tokens:
        return set()
    if connection.vendor == "postgresql":
        # Through the GIN index on the narrow keywords table: ~6,000 matches of 100,000 ranked in
        # a few ms. ts_rank of an OR query on position-less vectors grows with the terms matched.
        sql = f"""
            SELECT k.article_id FROM {ArticleKeywords._meta.db_table} k, to_tsquery('simple', %s) q
            WHERE k.keywords @@ q AND k.article_id <> %s
            ORDER BY ts_rank(k.keywords, q) * (%s + %s * exp(-abs(k.day - %s) / %s)) DESC LIMIT %s
        """  # noqa: S608  (the table name is the model's; the tokens are w<digits>)
        params = [
            " | ".join(tokens),
            doc.id,
            1 - RECENCY_SHARE,
            RECENCY_SHARE,
            doc.day,
            RECENCY_DAYS,
            KEYWORD_CANDIDATES,
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {row[0] for row in cursor.fetchall()}
    # Elsewhere (SQLite: the demo, far below the scale where this runs) the same ranking in Python.
    match = Q()
    for token in tokens:
        match |= Q(keywords__contains=f" {token} ")
    rows = (
        ArticleKeywords.objects.filter(match)
        .exclude(article_id=doc.id)
        .values_list("article_id", "keywords", "day")
    )
    wanted = set(tokens)
    ranked = sorted(
        rows,
        key=lambda row: -len(wanted.intersection(row[1].split())) * recency(abs(row[2] - doc.day)),
    )
    return {row[0] for row in ranked[:KEYWORD_CANDIDATES]}


def score_one(doc):
    """A scorer over `doc` (row 0) and its candidates, and row 0's scores."""
    own = term_counts([doc.text])
    idf = stored_idf()
    store_terms([doc], own, idf)
    ids = candidate_ids(doc, keywords(own, idf)[0])
    pool = _published().exclude(pk=doc.id)
    others = documents.load(pool if ids is None else pool.filter(pk__in=id_set(ids)), text=False)
    counts = sparse.vstack([own, counts_of(others)], format="csr")
    # A full scan refits the IDF like compute_all does; a candidate sample is weighed with the
    # corpus-wide IDF, since IDF over a sample of look-alikes would discount their shared words.
    scorer = Scorer([doc, *others], idf=None if ids is None or idf is None else idf, counts=counts)
    return scorer, scorer.scores(np.array([0]))[0]


@transaction.atomic
def refresh(article_id: int) -> None:
    """Recompute one article's list and the lists of the articles whose neighbours it changes."""
    was_shown_in = set(articles_showing(article_id))
    own = documents.load(_published().filter(pk=article_id))
    if not own:
        # Withdrawn, embargoed or deleted: it has no list, and lists that showed it are rebuilt.
        RelatedArticle.objects.filter(article_id=article_id).delete()
        RelatedArticle.objects.filter(related_id=article_id).delete()
        for other in sorted(was_shown_in)[:RECOMPUTE_LIMIT]:
            _recompute_one(other)
        return
    scorer, scores = score_one(own[0])
    _replace({article_id: scorer.pick(0, scores)})
    neighbours = _offer_to_neighbours(scorer, scores, article_id)
    # Lists that showed the article but no longer rank it among their best are rebuilt.
    for other in sorted(was_shown_in - neighbours)[:RECOMPUTE_LIMIT]:
        _recompute_one(other)


def _offer_to_neighbours(scorer, scores, article_id) -> set[int]:
    """Scores are symmetric, so the article's best neighbours may now rank it among theirs."""
    best = [j for j in np.argsort(-scores)[:NEIGHBOURS_UPDATED] if scores[j] >= GOOD_MATCH]
    neighbour_ids = [int(scorer.ids[j]) for j in best]
    current = {n: [] for n in neighbour_ids}
    for entry in RelatedArticle.objects.filter(article_id__in=neighbour_ids).order_by(
        "article_id", "rank"
    ):
        current[entry.article_id].append((entry.related_id, entry.score))
    changed = {}
    for j, neighbour in zip(best, neighbour_ids, strict=True):
        entries = [(r, s) for r, s in current[neighbour] if r != article_id]
        merged = sorted(entries + [(article_id, float(scores[j]))], key=lambda item: -item[1])[
            :LIST_SIZE
        ]
        if merged != current[neighbour]:
            changed[neighbour] = merged
    if changed:
        _replace(changed)
    return set(neighbour_ids)


def _recompute_one(article_id):
    own = documents.load(_published().filter(pk=article_id))
    if not own:
        RelatedArticle.objects.filter(article_id=article_id).delete()
        return
    scorer, scores = score_one(own[0])
    _replace({article_id: scorer.pick(0, scores)})
