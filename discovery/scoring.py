"""The related-articles score, as plain arrays so the site and the quality benchmark share it.

An article's neighbours are ranked by a blend of
  * text similarity: TF-IDF cosine over title (counted twice), standfirst and body, half on
    words and half on character 4-5-grams of the opening, which match "Russia" with "Russian" and
    "Kazakh" with "Kazakhstan" where whole words miss;
  * the same story-line (topic);
  * shared tags, rare tags weighing more than common ones;
  * shared sources (the outlets an article cites);
  * shared people, organisations and places (discovery.documents reads them from
    entities.Mention), each weighed by how central it is to both articles (its salience in
    each) and by how rare it is (a person in two articles says more than "United States");
  * the same news section (science, crime and law, health, the arts, sport, business,
    disasters), as discovery.sections' classifier, trained on outside text, reads it;
  * the same subject though in other words (two fires, two plane crashes, two digs), as
    discovery.concepts reads it from the article's likeness to short news items of outside text;
and the blend is then scaled by recency, so today's update on a story beats a ten-day-old one
while an unrelated article gains nothing from being new.

Terms are hashed (scikit-learn's HashingVectorizer) instead of kept in a vocabulary: the IDF of
the corpus is one float array (`TermStatistics`), so scoring one new article against a sample of
candidates needs no refit over every stored article.
"""

import functools
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

N_FEATURES = 2**18  # per view (words, characters)
CHAR_SHARE = 0.5
CHAR_TEXT = (
    250  # characters of the opening read as n-grams: the headline (twice) and lead carry the names
)
# Text leads; shared entities come next (bench/related_quality.py tunes these on its tuning part
# only: with places counting for their regions and nationality words for their countries, its
# grid's best has entities 0.4, mean nDCG@5 0.647, against 0.638 at 0.2); a shared story-line
# or tag only breaks ties between similar texts (heavier tags lose where tags and relevance
# diverge). A shared section lifts the tuning part's mean from 0.647 to 0.675 (0.2; the
# grid's best, 0.676 with sections 0.3 and tags 0.1, gains only on its 25-query set and loses
# on the 179-query 2019-20 part, the one most like the test part). Session 10: the subject
# concepts (discovery.concepts) lift it from 0.674 to 0.684, paired bootstrap gain +0.010
# [+0.000, +0.020], and the 2019-20 tuning part graded as the checkers grade (same story, then
# same section and country; no tags) from 0.640 to 0.667, +0.027 [+0.013, +0.042]; 0.2 gave
# +0.007 / +0.023, 0.4 +0.002 / +0.025. The grid's best again adds tags 0.1 and sections 0.3,
# gaining on the 25-query set only (the 2019-20 articles the checkers read have no tags).
WEIGHTS = {
    "text": 0.8,
    "topic": 0.05,
    "tags": 0.05,
    "sources": 0.05,
    "entities": 0.4,
    "sections": 0.2,
    "concepts": 0.3,
}
RECENCY_SHARE = 0.3  # at most this share of a score depends on how close in time two articles are
RECENCY_DAYS = 14.0
GOOD_MATCH = 0.06  # just above a shared topic alone (0.05): a good match shares more with it
LIST_SIZE = 5
KEYWORDS = 20  # stored per article (discovery.ArticleKeywords)
PICKED = 2.0  # the stored score of an editor's pick: above any computed one (at most 1)
MIN_GOOD = 3  # fewer good matches than this and the list is topped up with the topic's latest


@dataclass
class Doc:
    id: int
    text: str
    topic: object = None
    day: float = 0.0  # days since the epoch, from the publication time
    tags: frozenset = field(default_factory=frozenset)
    sources: frozenset = field(default_factory=frozenset)
    entities: dict = field(default_factory=dict)  # entity key -> salience 0..1 in this article
    picks: tuple = ()  # ids an editor chose as related, in their order: always listed first


@functools.cache
def vectorizers():
    """The word and character hashers. scikit-learn is imported on first use, not with the app:
    it is two-fifths of a worker's memory (bench/wordpress_import.py), and a process that never
    scores (an import, a server) needn't hold it."""
    from sklearn.feature_extraction.text import HashingVectorizer

    words = HashingVectorizer(
        n_features=N_FEATURES,
        alternate_sign=False,
        norm=None,
        stop_words="english",
        token_pattern=r"(?u)\b[^\W\d_]{2,}\b",  # noqa: S106  (not a password) words of letters only: years and figures say little about a story
    )
    chars = HashingVectorizer(
        n_features=N_FEATURES,
        alternate_sign=False,
        norm=None,
        analyzer="char_wb",
        ngram_range=(4, 5),
    )
    return words, chars


def normalize(matrix, copy=False):
    from sklearn.preprocessing import normalize as l2_rows

    return l2_rows(matrix, copy=copy)


def term_counts(texts):
    """Word counts in columns [0, N), character n-gram counts of the opening in [N, 2N)."""
    hash_words, hash_chars = vectorizers()
    words = hash_words.transform(texts)
    chars = hash_chars.transform([text[:CHAR_TEXT] for text in texts])
    counts = sparse.hstack([words, chars], format="csr", dtype=np.float32)
    counts.data = 1 + np.log(counts.data)  # sublinear tf: the tenth "said" adds little
    return counts


def recency(gap_days):
    """The factor a score is scaled by for two articles `gap_days` apart: 1 on the same day."""
    return 1 - RECENCY_SHARE + RECENCY_SHARE * np.exp(-gap_days / RECENCY_DAYS)


def keywords(counts, idf, limit=KEYWORDS) -> list[list[int]]:
    """Each row's `limit` word columns of highest TF-IDF, highest first: the article's keywords.

    Related articles share some of them, so matching keywords finds the candidates worth
    scoring among 100,000 articles without reading their text."""
    words = counts[:, :N_FEATURES].tocsr()
    rows = []
    for start, end in zip(words.indptr[:-1], words.indptr[1:], strict=True):
        columns = words.indices[start:end]
        weight = words.data[start:end] * (1.0 if idf is None else idf[columns])
        rows.append(columns[np.argsort(-weight, kind="stable")[:limit]].tolist())
    return rows


def fit_idf(counts) -> np.ndarray:
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=2 * N_FEATURES)
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


def tfidf(counts, idf):
    """Each view L2-normalised and weighed, so a dot product is the blend of the two cosines."""
    weighted = counts.copy()
    weighted.data = (
        weighted.data * idf[weighted.indices]
    )  # cheaper than a product with a 524,288-wide diagonal
    words = normalize(weighted[:, :N_FEATURES], copy=False) * np.sqrt(1 - CHAR_SHARE)
    chars = normalize(weighted[:, N_FEATURES:], copy=False) * np.sqrt(CHAR_SHARE)
    return sparse.hstack([words, chars], format="csr")


def _set_matrix(sets, weights=None):
    """Rows of weighted indicator vectors, L2-normalised, for cosine similarity of sets."""
    vocab = {}
    rows, cols = [], []
    for i, items in enumerate(sets):
        for item in items:
            rows.append(i)
            cols.append(vocab.setdefault(item, len(vocab)))
    data = np.ones(len(rows), dtype=np.float32)
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), max(len(vocab), 1)))
    if weights is not None and vocab:
        n = len(sets)
        df = np.asarray((matrix > 0).sum(axis=0)).ravel()
        idf = np.log((1 + n) / (1 + df)) + 1
        matrix = matrix @ sparse.diags(idf.astype(np.float32))
    return normalize(matrix, copy=False)


def _weighted_matrix(weighted):
    """Rows of {key: weight} as L2-normalised vectors, each key also weighed by its IDF: the
    dot product of two rows is high when both articles centre on the same rare entities."""
    vocab = {}
    rows, cols, data = [], [], []
    for i, items in enumerate(weighted):
        for key, weight in items.items():
            rows.append(i)
            cols.append(vocab.setdefault(key, len(vocab)))
            data.append(weight)
    shape = (len(weighted), max(len(vocab), 1))
    matrix = sparse.csr_matrix((np.array(data, dtype=np.float32), (rows, cols)), shape=shape)
    if vocab:
        df = np.bincount(matrix.indices, minlength=shape[1])
        idf = np.log((1 + shape[0]) / (1 + df)) + 1
        matrix = matrix @ sparse.diags(idf.astype(np.float32))
    return normalize(matrix, copy=False)


def pack(row) -> bytes:
    """One sparse row as bytes: its column indices (int32), then its values (float32)."""
    return row.indices.astype(np.int32).tobytes() + row.data.astype(np.float32).tobytes()


def unpack_rows(blobs):
    """A CSR matrix from packed rows, in order."""
    parts = [np.frombuffer(bytes(blob), dtype=np.uint8) for blob in blobs]
    lengths = np.array([len(part) // 8 for part in parts])
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices = np.concatenate(
        [part[: 4 * n].view(np.int32) for part, n in zip(parts, lengths, strict=True)]
        or [np.zeros(0, np.int32)]
    )
    data = np.concatenate(
        [part[4 * n :].view(np.float32) for part, n in zip(parts, lengths, strict=True)]
        or [np.zeros(0, np.float32)]
    )
    return sparse.csr_matrix((data, indices, indptr), shape=(len(parts), 2 * N_FEATURES))


class Scorer:
    """Scores every pair between some query documents and a pool of documents."""

    def __init__(self, docs, idf=None, counts=None):
        self.docs = docs
        self.ids = np.array([d.id for d in docs])
        counts = term_counts([d.text for d in docs]) if counts is None else counts
        self.idf = fit_idf(counts) if idf is None else idf
        self.text = tfidf(counts, self.idf)
        self.tags = _set_matrix([d.tags for d in docs], weights=True)
        self.sources = _set_matrix([d.sources for d in docs])
        self.entities = _weighted_matrix([d.entities for d in docs])
        from discovery.sections import section_vectors  # it reads N_FEATURES from here

        self.sections = section_vectors(counts)
        from discovery.concepts import concept_vectors

        self.concepts = concept_vectors(counts)
        self.topics = np.array(
            [hash(d.topic) if d.topic is not None else -i - 1 for i, d in enumerate(docs)]
        )
        self.days = np.array([d.day for d in docs], dtype=np.float64)

    def scores(self, rows, weights=None) -> np.ndarray:
        """Dense (len(rows), len(pool)) scores; the article itself scores -inf. `weights` other
        than WEIGHTS are for the quality benchmark's tuning."""
        weights = weights or WEIGHTS
        blend = weights["text"] * (self.text[rows] @ self.text.T).toarray()
        blend += weights["tags"] * (self.tags[rows] @ self.tags.T).toarray()
        blend += weights["sources"] * (self.sources[rows] @ self.sources.T).toarray()
        blend += weights["entities"] * (self.entities[rows] @ self.entities.T).toarray()
        blend += weights["sections"] * (self.sections[rows] @ self.sections.T)
        blend += weights["concepts"] * (self.concepts[rows] @ self.concepts.T).toarray()
        blend += weights["topic"] * (self.topics[rows][:, None] == self.topics[None, :])
        blend *= recency(np.abs(self.days[rows][:, None] - self.days[None, :]))
        blend[np.arange(len(rows)), rows] = -np.inf
        return blend

    def pick(self, row, scores) -> list[tuple[int, float]]:
        """The stored list for one article: (id, score) pairs, best first; an editor's picks
        come first, in their order, with the score PICKED."""
        picks = [pk for pk in dict.fromkeys(self.docs[row].picks) if pk != self.ids[row]]
        chosen = [(int(pk), PICKED) for pk in picks[:LIST_SIZE]]
        best = np.argsort(-scores)[: LIST_SIZE * 3]
        chosen += [
            (int(self.ids[j]), float(scores[j]))
            for j in best
            if scores[j] >= GOOD_MATCH and int(self.ids[j]) not in picks
        ][: LIST_SIZE - len(chosen)]
        if len(chosen) < MIN_GOOD:
            # Too few good matches: top the list up with the latest articles of the same
            # story-line (score 0, so any real match found later replaces them).
            taken = {i for i, _ in chosen} | {int(self.ids[row])}
            same = np.flatnonzero(self.topics == self.topics[row])
            for j in same[np.argsort(-self.days[same], kind="stable")]:
                if len(chosen) >= LIST_SIZE:
                    break
                if int(self.ids[j]) not in taken:
                    chosen.append((int(self.ids[j]), 0.0))
        return chosen

    def related_lists(self, rows=None, chunk=None, weights=None) -> dict[int, list]:
        rows = np.arange(len(self.docs)) if rows is None else np.asarray(rows)
        # Bound memory: a chunk of rows times the pool stays near 20 million floats.
        chunk = chunk or max(1, 20_000_000 // max(len(self.docs), 1))
        lists = {}
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            for row, scores in zip(part, self.scores(part, weights), strict=True):
                lists[int(self.ids[row])] = self.pick(row, scores)
        return lists
