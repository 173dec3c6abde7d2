"""Compute, store and look up each article's "Related Articles" list.

Lists are computed when an article is published, changed or withdrawn (the `refresh_related`
task) and for the whole site by `compute_all` (the demo load, or `manage.py compute_related`).
Page views only read them: `ArticlePage.related_articles()` is one query.
"""

import numpy as np
from django.db import transaction
from scipy import sparse

from discovery import documents
from discovery.models import ArticleTerms, RelatedArticle, TermStatistics
from discovery.scoring import GOOD_MATCH, LIST_SIZE, VECTORIZER, Scorer, fit_idf, pack, term_counts, unpack_rows

# Up to this many published articles a refresh scores the article against all of them; above
# it, candidates come from the same story-line, shared tags and a full-text query of the
# article's most distinctive words, so one new article costs the same at 1k or 100k.
FULL_SCAN_LIMIT = 3000
CANDIDATES_PER_SOURCE = 150
SEARCH_TERMS = 6
NEIGHBOURS_UPDATED = 10  # a changed article is offered to this many of its best neighbours
RECOMPUTE_LIMIT = 25  # at most this many lists that showed a withdrawn article are rebuilt at once


def _published():
    from newsroom.models import ArticlePage

    return ArticlePage.objects.published()


def articles_showing(article) -> list[int]:
    """Ids of the published articles whose stored Related list includes `article` (for cache purges)."""
    pk = getattr(article, "pk", article)
    return list(_published().filter(related_links__related_id=pk).order_by("pk").values_list("pk", flat=True))


def save_idf(idf, documents_count):
    TermStatistics.objects.update_or_create(pk=1, defaults={"documents": documents_count, "idf": idf.astype(np.float32).tobytes()})


def refit_idf(sample_size=5000) -> int:
    """Refresh the corpus-wide IDF from a random sample (after a bulk import, or nightly)."""
    ids = list(_published().order_by("?").values_list("pk", flat=True)[:sample_size])
    docs = documents.load(_published().filter(pk__in=ids), text=False)
    if docs:
        save_idf(fit_idf(counts_of(docs)), len(docs))
    return len(docs)


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


def store_terms(ids, counts):
    rows = [ArticleTerms(article_id=pk, counts=pack(counts[i])) for i, pk in enumerate(ids)]
    ArticleTerms.objects.bulk_create(rows, batch_size=1000, update_conflicts=True, unique_fields=["article"], update_fields=["counts"])


def counts_of(docs):
    """Term counts of `docs` in order, from ArticleTerms; articles without them are read and stored now."""
    ids = [d.id for d in docs]
    stored = dict(ArticleTerms.objects.filter(article_id__in=ids).values_list("article_id", "counts"))
    missing = [pk for pk in ids if pk not in stored]
    if missing:
        texts = documents.load(_published().filter(pk__in=missing))
        fresh = term_counts([d.text for d in texts])
        store_terms([d.id for d in texts], fresh)
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
    store_terms([d.id for d in docs], counts)
    scorer = Scorer(docs, counts=counts)
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


def distinctive_terms(doc, idf, limit=SEARCH_TERMS) -> list[str]:
    """The article's highest TF-IDF words, for a full-text candidate query."""
    tokens = documents.analyse(doc.text)
    unique = sorted(set(tokens))
    if not unique or idf is None:
        return unique[:limit]
    columns = VECTORIZER.transform(unique).indices  # one hashed column per word
    counts = {t: tokens.count(t) for t in unique}
    weight = [(1 + np.log(counts[t])) * idf[c] for t, c in zip(unique, columns, strict=True)]
    return [unique[i] for i in np.argsort(weight)[::-1][:limit]]


def candidate_ids(doc, idf) -> set[int] | None:
    """Ids worth scoring against `doc`, or None when the site is small enough to score them all."""
    published = _published()
    if len(published.values_list("pk", flat=True)[: FULL_SCAN_LIMIT + 1]) <= FULL_SCAN_LIMIT:
        return None  # a count that stops at the limit instead of counting 100,000 rows
    # Plain "-published_at" (no NULLS LAST) so the (topic, published_at) index serves the order.
    newest = published.filter(published_at__isnull=False).order_by("-published_at")
    ids = set(newest.filter(topic_id=doc.topic).values_list("pk", flat=True)[:CANDIDATES_PER_SOURCE]) if doc.topic else set()
    if doc.tags:
        ids |= set(newest.filter(tagged_items__tag_id__in=doc.tags).values_list("pk", flat=True)[:CANDIDATES_PER_SOURCE])
    terms = distinctive_terms(doc, idf)
    return ids | full_text_ids(terms) if terms else ids


def full_text_ids(terms) -> set[int]:
    """Articles matching any of `terms`, best first, from the search index."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from newsroom.models import ArticlePage

    if connection.vendor != "postgresql":
        return {page.pk for page in _published().search(" ".join(terms), operator="or")[:CANDIDATES_PER_SOURCE]}
    # On PostgreSQL straight from Wagtail's index table: ids only, no page objects built, and
    # ranked on the short title vectors (ranking the bodies of thousands of matches took 0.7 s
    # at 100k articles). The terms are letters-only words from our analyser, safe in to_tsquery.
    query = " | ".join(terms)
    sql = (
        "SELECT object_id FROM wagtailsearch_indexentry WHERE content_type_id = %s AND title @@ to_tsquery(%s) "
        "ORDER BY ts_rank(title, to_tsquery(%s)) DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [ContentType.objects.get_for_model(ArticlePage).pk, query, query, CANDIDATES_PER_SOURCE])
        return {int(row[0]) for row in cursor.fetchall()}


def score_one(doc):
    """A scorer over `doc` (row 0) and its candidates, and row 0's scores."""
    own = term_counts([doc.text])
    store_terms([doc.id], own)
    idf = stored_idf()
    ids = candidate_ids(doc, idf)
    pool = _published().exclude(pk=doc.id)
    others = documents.load(pool if ids is None else pool.filter(pk__in=ids), text=False)
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
    for entry in RelatedArticle.objects.filter(article_id__in=neighbour_ids).order_by("article_id", "rank"):
        current[entry.article_id].append((entry.related_id, entry.score))
    changed = {}
    for j, neighbour in zip(best, neighbour_ids, strict=True):
        entries = [(r, s) for r, s in current[neighbour] if r != article_id]
        merged = sorted(entries + [(article_id, float(scores[j]))], key=lambda item: -item[1])[:LIST_SIZE]
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
