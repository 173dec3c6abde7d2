"""Which news section an article belongs to, from a classifier trained on outside text.

Related articles often share no story, person or place, only a section: two science reports, two
court cases, two health stories. The words of such pairs overlap too little for TF-IDF, so a
linear classifier (multinomial logistic regression) trained on 12,000 one-to-three-sentence items
of Wikipedia's Current events portal, filed by its editors under ten sections (2025-26, never
this site's text: bench/train_sections.py, bench/data/README.md), reads each article's section
probabilities from the same hashed word counts the scorer keeps (discovery.scoring.term_counts),
so no refresh reads the text again. The model is one small file, `data/sections.json.gz`, read
once per process; nothing is fetched at run time.

The portal's three politics sections (armed conflicts, international relations, politics and
elections) are one here, and it weighs nothing: politics is a third of all news, so sharing it
does not make two articles related (bench/related_quality.py's tuning part: with it counted, the
signal gained nothing).
"""

import functools
import gzip
import json
from pathlib import Path

import numpy as np
from scipy import sparse

from discovery.scoring import N_FEATURES

MODEL_FILE = Path(__file__).parent / "data" / "sections.json.gz"
POLITICS = ("Armed conflicts and attacks", "International relations", "Politics and elections")


@functools.cache
def model():
    """(idf of the vocabulary's hashed columns, their weights per section, intercepts, sections)."""
    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as handle:
        saved = json.load(handle)
    columns = np.array(saved["columns"], dtype=np.int64)
    idf = np.zeros(N_FEATURES, dtype=np.float32)
    idf[columns] = saved["idf"]
    rows = np.array(saved["weights"], dtype=np.float32)  # one row per column, one value per section
    count, width = rows.shape
    weights = sparse.csr_matrix(
        (rows.ravel(), (np.repeat(columns, width), np.tile(np.arange(width), count))),
        shape=(N_FEATURES, width),
    )
    return idf, weights, np.array(saved["intercept"], dtype=np.float32), saved["sections"]


def probabilities(counts) -> np.ndarray:
    """Each row's probability of each section (model()'s order), from term_counts rows."""
    from sklearn.preprocessing import normalize

    idf, weights, intercept, _ = model()
    words = counts[:, :N_FEATURES].tocsr().astype(np.float32)
    words.data *= idf[words.indices]
    words.eliminate_zeros()  # words outside the model's vocabulary
    logits = (normalize(words) @ weights).toarray() + intercept
    logits -= logits.max(axis=1, keepdims=True)
    odds = np.exp(logits)
    known = np.diff(words.indptr) > 0  # no word the model knows: no section, not its prior
    return odds / odds.sum(axis=1, keepdims=True) * known[:, None]


def section_vectors(counts) -> np.ndarray:
    """Rows whose dot product is how likely two articles share a section other than politics:
    small when either is unsure, so an article that fits no section is near no other."""
    probs = probabilities(counts)
    sections = model()[3]
    keep = np.array([name not in POLITICS for name in sections], dtype=np.float32)
    return (probs * keep).astype(np.float32)
