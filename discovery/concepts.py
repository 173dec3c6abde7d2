"""What an article is about, as its likeness to each of 12,000 short news items of outside text.

Two reports of a fire, of a plane crash or of a dig often share no name and few words, and the
news-section classifier (discovery.sections) only says both are "disasters" or "science". Each
article is read here as its similarity to every item of Wikipedia's Current events portal
(2025-26, never this site's text: bench/data/README.md), Explicit Semantic Analysis's method
(Gabrilovich and Markovitch, 2007) with the items as its concepts: an article about a blaze is near
the portal's fire items, and so is one about an arson, though the two share no word. Two articles
are alike by the cosine of those vectors.

Only the article's KEYWORDS heaviest words are read (its names and subject, not its common words),
only words in at most MAX_ITEM_SHARE of the items are kept ("said", "people" name no subject), and
each vector keeps its TOP_CONCEPTS strongest items: that keeps it sparse, so a refresh that scores
500 candidates spends about 15 ms of CPU here (bench/README.md). The model is one file,
`data/concepts.npz`, read once per process; nothing is fetched at run time.
"""

import functools
from pathlib import Path

import numpy as np
from scipy import sparse

from discovery.scoring import KEYWORDS, N_FEATURES

MODEL_FILE = Path(__file__).parent / "data" / "concepts.npz"
MAX_ITEM_SHARE = 0.05  # a word in more of the items than this is too common to name a subject
TOP_CONCEPTS = 200


@functools.cache
def model():
    """(IDF over the hashed word columns, 0 outside the model's words; a (column, item) matrix)."""
    with np.load(MODEL_FILE) as saved:
        columns, indptr = saved["columns"], saved["indptr"]
        items, weights = saved["items"], saved["weights"].astype(np.float32)
        idf = np.zeros(N_FEATURES, dtype=np.float32)
        idf[columns] = saved["idf"]
    rows = np.repeat(columns, np.diff(indptr))
    shape = (N_FEATURES, int(items.max()) + 1)
    return idf, sparse.csr_matrix((weights, (rows, items)), shape=shape)


def _keep_top(matrix, limit):
    """`matrix` (CSR) with only each row's `limit` largest values."""
    for start, end in zip(matrix.indptr[:-1], matrix.indptr[1:], strict=True):
        if end - start > limit:
            row = matrix.data[start:end]
            row[row < -np.partition(-row, limit - 1)[limit - 1]] = 0
    matrix.eliminate_zeros()
    return matrix


def concept_vectors(counts, chunk=5000):
    """L2-normalised sparse rows whose dot product is how alike two articles' subjects are, from
    discovery.scoring.term_counts rows. By chunks of rows: before the top items are kept, a row
    has about 800 (a whole 100,000-article site at once would hold a gigabyte)."""
    from sklearn.preprocessing import normalize

    idf, items = model()
    words = counts[:, :N_FEATURES].tocsr().astype(np.float32)
    words.data *= idf[words.indices]
    words.eliminate_zeros()  # words outside the model's
    words = normalize(_keep_top(words, KEYWORDS))
    parts = [
        _keep_top((words[start : start + chunk] @ items).tocsr(), TOP_CONCEPTS)
        for start in range(0, max(words.shape[0], 1), chunk)
    ]
    return normalize(sparse.vstack(parts, format="csr"))
