"""Build discovery/data/sections.json.gz, the news-section classifier Related Articles uses, and
(--concepts) discovery/data/concepts.npz, the portal's items as concepts (discovery.concepts).

    uv run python bench/train_sections.py                  # train from bench/data's items
    uv run python bench/train_sections.py --parse GIT_DIR  # first re-read the portal snapshot
    uv run python bench/train_sections.py --concepts       # build discovery/data/concepts.npz

Training text: the items of Wikipedia's Current events portal (one to three sentences each,
filed by Wikipedia's editors under ten sections), 2025-26, as the public repository
fordred/wikinews keeps them (one Markdown file a day); `--parse` reads them from a clone of it and
writes bench/data/current-events-sections.jsonl.gz (provenance in bench/data/README.md). Nothing
here reads this site's articles or the related-articles labels.

The model is scikit-learn's multinomial logistic regression over the same hashed word counts the
site keeps for every article (discovery.scoring.term_counts), weighed by the items' own IDF; the
file keeps each hashed column that is in two items or more, with its IDF and one weight per
section. It prints the accuracy on a held-out fifth of the days before fitting on all of them.
"""

import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discovery.concepts import MAX_ITEM_SHARE  # noqa: E402
from discovery.concepts import MODEL_FILE as CONCEPTS_FILE  # noqa: E402
from discovery.scoring import N_FEATURES, term_counts  # noqa: E402
from discovery.sections import MODEL_FILE  # noqa: E402

ITEMS = ROOT / "bench" / "data" / "current-events-sections.jsonl.gz"
MIN_ITEMS = 2  # a word in one item only is not kept
C = 4.0  # the regression's inverse regularisation (scikit-learn's default is 1)

LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
CITATION = re.compile(r"\s*\[\(\*?[^\]]*?\*?\)\]\((?:[^()]|\([^)]*\))*\)")
BULLET = re.compile(r"^(\s*)\* (.*)$")
SECTIONS = (
    "Armed conflicts and attacks", "Arts and culture", "Business and economy",
    "Disasters and accidents", "Health and environment", "International relations",
    "Law and crime", "Politics and elections", "Science and technology", "Sports",
)  # fmt: skip
# The portal's headings, lower-cased, to its sections; a few days' headings have slips.
HEADINGS = {name.lower(): name for name in SECTIONS} | {
    "attacks and armed conflicts": "Armed conflicts and attacks",
    "business and econony": "Business and economy",
    "disasters and incidents": "Disasters and accidents",
    "disaster and accidents": "Disasters and accidents",
}


def plain(markdown: str) -> str:
    """A line's text: citations out, links to their words, no emphasis marks."""
    text = LINK.sub(lambda m: m.group(1), CITATION.sub("", markdown))
    return re.sub(r"[*_]", "", text).strip()


def items_of(day: str, page: str):
    """One item per bullet that is a sentence (6+ words), with the story names above it."""
    section, path = None, []
    for line in page.splitlines():
        if line.startswith("#### "):
            section, path = HEADINGS.get(line[5:].strip().lower()), []
            continue
        bullet = BULLET.match(line)
        if not bullet or section is None:
            continue
        path = [*path[: len(bullet.group(1)) // 2], plain(bullet.group(2))]
        if len(path[-1].split()) >= 6:
            yield {"date": day, "section": section, "text": " ".join(path)}


def parse(git_dir: str):
    def git(*args):
        return subprocess.run(
            ["git", "-C", git_dir, *args], capture_output=True, text=True, check=True
        ).stdout

    commit = git("rev-parse", "HEAD").strip()
    items = []
    for path in git("ls-tree", "-r", "--name-only", "HEAD", "docs/_posts").split():
        items += items_of(Path(path).name[:10], git("show", f"HEAD:{path}"))
    with gzip.open(ITEMS, "wt", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} items from fordred/wikinews @{commit[:7]} -> {ITEMS.name}")


def features(texts, columns, idf):
    from sklearn.preprocessing import normalize

    words = term_counts(texts)[:, :N_FEATURES].tocsc()[:, columns]
    return normalize(words.multiply(idf[None, :]).tocsr())


def fit(items):
    from sklearn.linear_model import LogisticRegression

    texts = [item["text"] for item in items]
    counts = term_counts(texts)[:, :N_FEATURES].tocsc()
    df = np.diff(counts.indptr)
    columns = np.flatnonzero(df >= MIN_ITEMS)
    idf = (np.log((1 + len(texts)) / (1 + df[columns])) + 1).astype(np.float32)
    x = features(texts, columns, idf)
    sections = [item["section"] for item in items]
    classifier = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, sections)
    return columns, idf, classifier


def save_concepts(items):
    """discovery/data/concepts.npz: each item's TF-IDF word vector (L2-normalised) over the words
    in two items or more and at most MAX_ITEM_SHARE of them, by word: for each kept hashed column,
    its IDF and the items it is in, with its weight there (float16)."""
    from sklearn.preprocessing import normalize

    counts = term_counts([item["text"] for item in items])[:, :N_FEATURES].tocsc()
    df = np.diff(counts.indptr)
    columns = np.flatnonzero((df >= MIN_ITEMS) & (df <= MAX_ITEM_SHARE * len(items)))
    idf = (np.log((1 + len(items)) / (1 + df[columns])) + 1).astype(np.float32)
    vectors = normalize(counts[:, columns].multiply(idf[None, :]).tocsr())
    by_word = vectors.T.tocsr()  # a row per kept column: the items it is in
    np.savez_compressed(
        CONCEPTS_FILE,
        columns=columns.astype(np.int32),
        idf=idf,
        indptr=by_word.indptr.astype(np.int32),
        items=by_word.indices.astype(np.int32),
        weights=by_word.data.astype(np.float16),
    )
    size = CONCEPTS_FILE.stat().st_size
    print(f"{len(columns)} columns x {len(items)} items, {size:,} bytes -> {CONCEPTS_FILE}")


def main(arguments):
    if arguments[:1] == ["--parse"]:
        parse(arguments[1])
    with gzip.open(ITEMS, "rt", encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    if "--concepts" in arguments:
        save_concepts(items)
        return
    print("items per section:", Counter(item["section"] for item in items).most_common())
    days = sorted({item["date"] for item in items})
    held = set(days[::5])  # every fifth day, so one day's story is never on both sides
    columns, idf, classifier = fit([i for i in items if i["date"] not in held])
    test = [i for i in items if i["date"] in held]
    guessed = classifier.predict(features([i["text"] for i in test], columns, idf))
    accuracy = np.mean([g == i["section"] for g, i in zip(guessed, test, strict=True)])
    print(f"accuracy on {len(test)} items of {len(held)} held-out days: {accuracy:.3f}")
    columns, idf, classifier = fit(items)
    saved = {
        "source": "Wikipedia Current events portal 2025-26 (CC BY-SA 4.0), bench/data/README.md",
        "sections": [str(name) for name in classifier.classes_],
        "intercept": [round(float(v), 4) for v in classifier.intercept_],
        "columns": columns.tolist(),
        "idf": [round(float(v), 4) for v in idf],
        "weights": [[round(float(v), 4) for v in row] for row in classifier.coef_.T],
    }
    MODEL_FILE.parent.mkdir(exist_ok=True)
    with gzip.open(MODEL_FILE, "wt", encoding="utf-8", compresslevel=9) as out:
        json.dump(saved, out, separators=(",", ":"))
    print(f"{len(columns)} columns, {MODEL_FILE.stat().st_size:,} bytes -> {MODEL_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
