"""How good are our related articles? Tuned on one part of the labelled data, measured once on
the other.

    uv run python bench/related_quality.py [--tuning-only] [more.jsonl ...]

(--tuning-only: while changing the scorer, tune and print the tuning part, never the test.)

Data:
  * tuning part: the labelled articles of ingest/data (Wikinews categories on 40 articles,
    Global Voices topics and regions on 149 of 152), and the tuning part of the 291 Wikinews
    articles of 2019-20 labelled in bench/data/wikinews-2019-20-labels.jsonl.
  * test part: the rest of those 291. The rule is fixed here (`part_of`): an article's story is
    its rarest label that another article shares (its own id when none), and the sha1 of the
    story puts it in the test part when it is 0 mod 3; so one story never spans both parts.
    Each part is its own corpus: a test article's list is picked from test articles only.
Any JSON Lines file in the same format given on the command line joins the test part whole
(keys id, title, body, date, and `categories` or `topics` + `regions`; a file of id and labels
only takes title, body and date from the corpus).

The run tunes the blend (discovery.scoring.WEIGHTS) by a grid search on the tuning part alone,
prints the best weights beside the shipped ones, then measures the test part ONCE, with the
shipped weights (what the site runs), beside the baselines. A change made because of a test
figure fits the test part; the history of test figures is in bench/README.md.

Honest relevance, labels held out. Each data set's labels are split in two disjoint halves:
  * visible labels act as the articles' tags (ours and the Ghost rule may use them, and the
    story-line (topic) every method may use is derived from text + visible labels only);
  * held-out labels decide relevance and are seen by no method: b is relevant to a when they
    share a held-out label that is specific, i.e. on at most 25% of the set ("Politics" on 66 of
    149 Global Voices posts says nothing about two stories being related).
Global Voices is run twice, regions held out (topics visible) and topics held out (regions
visible). Sets with only `categories` split them by a hash of the label's name.

Methods, each picking 5 from the other labelled articles of the same set (and part):
  ours     discovery.scoring (TF-IDF text + topic + tags + entities + news section + subject
           concepts + recency, same-topic fill-in)
  tfidf    plain TF-IDF cosine of headline and body words
  seed     random articles of the same section (story-line): the seed theme's rule, 50 draws
  ghost    Ghost theme rule: articles sharing a tag, latest first
  yarpp/0  YARPP-like: MySQL MyISAM natural-language FULLTEXT relevance of the title and body
           keywords (YARPP's 20 most frequent non-stopwords of each) + 1 per shared tag, without
           YARPP's default threshold of 4 (a stronger baseline than YARPP as shipped)
Entities: the people, organisations and places entities.mentions finds in each text, with its
salience, as the site stores them at publish time (entities.Mention).
Measures: precision@5 (a list shorter than 5 counts its gaps as misses) and nDCG@5 with
binary gains, averaged over the articles that have at least one relevant article. The tuning
part's mean nDCG@5 (of its four sets) is printed with a 95 % bootstrap interval (queries drawn
again within each set; `interval` also gives a paired one for a gain between two scorers).

Graded, as the checkers grade (issue #19: the same story, then the same section and a shared
country): each 2019-20 part is also scored with no labels visible (as on the live site, where
those articles have no tags) and graded gains from all its labels (`graded`): 2 for a shared
story (a label that is no section, region or place, on at most 5 % of the part), else 1 for a
shared Wikinews section and a shared country (a place label's, by the site's gazetteer). A proxy:
which labels the checkers call a story is not known, and this corpus spans two years, so few
pairs are one story in the news sense.
"""

import hashlib
import itertools
import json
import math
import random
import sys
import zlib
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discovery.documents import article_text, entity_weights  # noqa: E402
from discovery.scoring import LIST_SIZE, WEIGHTS, Doc, Scorer  # noqa: E402
from ingest.corpus import classify  # noqa: E402
from ingest.text import clean  # noqa: E402

DATA = ROOT / "ingest" / "data"
CORPUS = ["wikinews.jsonl", "globalvoices-2022-teasers.jsonl"]
SPLIT = ROOT / "bench" / "data" / "wikinews-2019-20-labels.jsonl"  # tuning and test parts
TEST_SHARE = 3  # a story is in the test part when the sha1 of its key is 0 mod this
K = LIST_SIZE
SPECIFIC_SHARE = 0.25
YARPP_KEYWORDS = 20
SEED_DRAWS = 50
BOOTSTRAP = 2000


def read(path):
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    if records and "body" not in records[0]:
        # Labels only: the text, date and title come from the corpus article of the same id.
        corpus = {r["id"]: r for name in CORPUS for r in read(DATA / name)}
        records = [{**corpus[r["id"]], **r} for r in records]
    return records


def story_key(record, counts) -> str:
    """The article's story: its rarest label that another article shares, else its own id."""
    shared = [c for c in record.get("categories", []) if counts[c] >= 2]
    return min(shared, key=lambda c: (counts[c], c)) if shared else record["id"]


def part_of(record, counts) -> str:
    digest = hashlib.sha1(story_key(record, counts).encode()).hexdigest()  # noqa: S324  (a split, not security)
    return "test" if int(digest, 16) % TEST_SHARE == 0 else "tuning"


def parts(path):
    """{"tuning": records, "test": records} of a labelled file, by the fixed rule of part_of."""
    records = read(path)
    counts = Counter(c for r in records for c in r.get("categories", []))
    split = {"tuning": [], "test": []}
    for record in records:
        split[part_of(record, counts)].append(record)
    return split


def splits(path, records=None, part=""):
    """(name, records, visible(record), held_out(record)) for each way of holding labels out."""
    records = read(path) if records is None else records
    name = Path(path).stem + (f" [{part}]" if part else "")
    if any("regions" in r and "topics" in r for r in records):
        records = [r for r in records if r.get("regions") or r.get("topics")]
        yield (
            f"{name} (regions held out)",
            records,
            lambda r: r.get("topics", []),
            lambda r: r.get("regions", []),
        )
        yield (
            f"{name} (topics held out)",
            records,
            lambda r: r.get("regions", []),
            lambda r: r.get("topics", []),
        )
    else:
        records = [r for r in records if r.get("categories")]
        even = lambda label: zlib.crc32(label.encode()) % 2 == 0  # noqa: E731
        yield (
            f"{name} (half the categories held out)",
            records,
            lambda r: [c for c in r["categories"] if even(c)],
            lambda r: [c for c in r["categories"] if not even(c)],
        )


def relevance(records, held_out):
    labels = [set(held_out(r)) for r in records]
    counts = Counter(label for group in labels for label in group)
    specific = {label for label, n in counts.items() if n <= SPECIFIC_SHARE * len(records)}
    labels = [group & specific for group in labels]
    return [[bool(a & b) and i != j for j, b in enumerate(labels)] for i, a in enumerate(labels)]


# As the checkers grade (issue #19): the same story first, then the same section and a shared
# country. Read off the 2019-20 labels: Wikinews's sections are its top-level categories; a
# place label names its country; a story is any other label on at most STORY_SHARE of the set
# (a person, an event, a campaign: "Brexit", "2019–20 Hong Kong protests", "Boris Johnson").
SECTIONS = {
    "Politics and conflicts",
    "Crime and law",
    "Disasters and accidents",
    "Science and technology",
    "Health",
    "Culture and entertainment",
    "Economy and business",
    "Sports",
    "Environment",
    "Weather",
    "Education",
    "Obituaries",
}
REGIONS = {"Europe", "North America", "South America", "Asia", "Africa", "Oceania", "Caribbean"}
REGIONS |= {"Middle East", "Central America", "Eastern Mediterranean", "Persian Gulf"}
COUNTRY_OF = {"White House": "US", "Washington, D.C.": "US", "England": "GB", "Scotland": "GB"}
COUNTRY_OF |= {"Wales": "GB", "Queensland": "AU", "New South Wales": "AU", "Kerala": "IN"}
COUNTRY_OF |= {"Karnataka": "IN", "Victoria (Australia)": "AU", "Mindanao": "PH"}
STORY_SHARE = 0.05
STORY_GAIN, SECTION_AND_COUNTRY_GAIN = 2, 1


def country_of(label):
    from entities.mentions import gazetteer, name_key, us_states

    if label in COUNTRY_OF or name_key(label) in us_states():
        return COUNTRY_OF.get(label, "US")
    place = gazetteer().get(name_key(label))
    return place.iso_code if place else None


def graded(records):
    """Gains of each pair: STORY_GAIN when they share a story, else SECTION_AND_COUNTRY_GAIN
    when they share a section and a country, else 0."""
    counts = Counter(c for r in records for c in r["categories"])
    stories, sections, countries = [], [], []
    for r in records:
        labels = set(r["categories"])
        places = {c for c in labels if country_of(c)} - SECTIONS - REGIONS
        sections.append(labels & SECTIONS)
        countries.append({country_of(c) for c in places})
        stories.append(
            {
                c
                for c in labels - SECTIONS - REGIONS - places
                if counts[c] <= STORY_SHARE * len(records)
            }
        )
    return [
        [
            0
            if i == j
            else STORY_GAIN
            if stories[i] & stories[j]
            else SECTION_AND_COUNTRY_GAIN
            * bool(sections[i] & sections[j] and countries[i] & countries[j])
            for j in range(len(records))
        ]
        for i in range(len(records))
    ]


def topic_of(record, visible):
    labels = visible(record)
    if "Russia invades Ukraine" in labels:
        return "Russia-Ukraine War"
    return classify(clean(record["title"]), clean(record["body"]), labels)


def days(record):
    return date.fromisoformat(record["date"]).toordinal()


# --- the methods -----------------------------------------------------------------------------


def scorer_for(records, visible, topics):
    docs = [
        Doc(
            id=i,
            text=article_text(r["title"], "", r["body"]),
            topic=topics[i],
            day=days(r),
            tags=frozenset(visible(r)),
            entities=entities_of(r),
        )
        for i, r in enumerate(records)
    ]
    return Scorer(docs)


def ours(scorer, weights=None):
    lists = scorer.related_lists(weights=weights)
    return [[j for j, _ in lists[i]] for i in range(len(scorer.docs))]


_entities = {}


def entities_of(record) -> dict:
    """{entity key: salience} of the article, as entities.mentions finds them at publish time."""
    if record["id"] not in _entities:
        _entities[record["id"]] = mention_weights(record["title"], clean(record["body"]))
    return _entities[record["id"]]


def mention_weights(title, body) -> dict:
    """As the site: discovery.documents.entity_weights of the entities it would store."""
    from entities.mentions import find_mentions

    return entity_weights(
        (f"{found.kind}:{found.key}", found.place.iso_code if found.place else "", found.score)
        for found in find_mentions(body, title=title)
    )


def tfidf_rule(records):
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{r['title']} {r['body']}" for r in records]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    similar = (vectors @ vectors.T).toarray()
    np.fill_diagonal(similar, -1)
    return [list(np.argsort(-row, kind="stable")[:K]) for row in similar]


def seed_rule(records, topics, rng):
    lists = []
    for i in range(len(records)):
        same = [j for j in range(len(records)) if j != i and topics[j] == topics[i]]
        lists.append(rng.sample(same, min(K, len(same))))
    return lists


def ghost_rule(records, visible):
    newest = sorted(range(len(records)), key=lambda j: (-days(records[j]), j))
    tags = [set(visible(r)) for r in records]
    return [[j for j in newest if j != i and tags[i] & tags[j]][:K] for i in range(len(records))]


class MyISAMFulltext:
    """MySQL MyISAM natural-language relevance, the score YARPP's FULLTEXT queries rank by."""

    def __init__(self, texts):
        from sklearn.feature_extraction.text import CountVectorizer

        self.analyse = CountVectorizer(stop_words="english").build_analyzer()
        self.docs = [Counter(self.analyse(text)) for text in texts]
        n = len(texts)
        df = Counter(word for doc in self.docs for word in doc)
        # Words in half the rows or more weigh nothing: MySQL's 50% threshold.
        self.idf = {w: math.log((n - c) / c) if n > c else 0.0 for w, c in df.items()}
        self.norm = []
        for doc in self.docs:
            unique = len(doc)
            total = sum(math.log(tf) + 1 for tf in doc.values()) or 1
            self.norm.append(unique / (1 + 0.0115 * unique) / total)

    def keywords(self, i):
        return [w for w, _ in self.docs[i].most_common(YARPP_KEYWORDS)]

    def relevance(self, words, j):
        doc = self.docs[j]
        return sum(
            (math.log(doc[w]) + 1) * self.norm[j] * max(self.idf.get(w, 0.0), 0.0)
            for w in words
            if w in doc
        )


def yarpp_like(records, visible, threshold):
    titles = MyISAMFulltext([r["title"] for r in records])
    bodies = MyISAMFulltext([r["body"] for r in records])
    tags = [set(visible(r)) for r in records]
    lists = []
    for i in range(len(records)):
        title_words, body_words = titles.keywords(i), bodies.keywords(i)
        scored = []
        for j in range(len(records)):
            if j != i:
                score = (
                    titles.relevance(title_words, j)
                    + bodies.relevance(body_words, j)
                    + len(tags[i] & tags[j])
                )
                if score >= threshold:
                    scored.append((score, -j))
        lists.append([-j for _, j in sorted(scored, reverse=True)[:K]])
    return lists


# --- the measures ----------------------------------------------------------------------------


def precision(ranked, relevant):
    return sum(relevant[j] > 0 for j in ranked[:K]) / K


def ndcg(ranked, relevant):
    """nDCG@K of gains `relevant` (True/False, or graded numbers)."""
    dcg = sum(relevant[j] / math.log2(rank + 2) for rank, j in enumerate(ranked[:K]))
    best = sorted((gain for gain in relevant if gain), reverse=True)[:K]
    return dcg / sum(gain / math.log2(rank + 2) for rank, gain in enumerate(best))


def per_query(lists, rel, queries) -> np.ndarray:
    return np.array([ndcg(lists[i], rel[i]) for i in queries])


def evaluate(lists, rel, queries):
    return np.mean([precision(lists[i], rel[i]) for i in queries]), per_query(
        lists, rel, queries
    ).mean()


def interval(scores, draws=BOOTSTRAP, seed=0):
    """95 % bootstrap interval of the mean over sets of each set's mean nDCG@5, queries drawn
    again with replacement within each set; `scores` is one per-query array per set. Given
    (before, after) pairs, the interval of the gain, both drawn from the same queries."""
    rng = np.random.default_rng(seed)
    means = []
    for _ in range(draws):
        total = 0.0
        for s in scores:
            before, after = s if isinstance(s, tuple) else (np.zeros_like(s), s)
            pick = rng.integers(0, len(after), len(after))
            total += after[pick].mean() - before[pick].mean()
        means.append(total / len(scores))
    return tuple(np.percentile(means, [2.5, 97.5]))


GRID = {
    "text": [0.6, 0.7, 0.8],
    "topic": [0.05],
    "tags": [0.05, 0.1],
    "sources": [0.05],
    "entities": [0.2, 0.4, 0.6],
    "sections": [0.1, 0.2, 0.3],
    "concepts": [0.0, 0.1, 0.2, 0.3],
}


def prepared(name, records, visible, held_out=None, rel=None):
    rel = relevance(records, held_out) if rel is None else rel
    queries = [i for i in range(len(records)) if any(rel[i])]
    topics = [topic_of(r, visible) for r in records]
    return {
        "name": name,
        "records": records,
        "visible": visible,
        "rel": rel,
        "queries": queries,
        "topics": topics,
        "scorer": scorer_for(records, visible, topics),
    }


def prepared_graded(records, part):
    """The 2019-20 part graded as the checkers grade (STORY_GAIN, SECTION_AND_COUNTRY_GAIN), no
    labels visible (as on the live site, where these articles have no tags)."""
    name = f"{SPLIT.stem} [{part}] graded, no tags"
    return prepared(name, records, lambda r: [], rel=graded(records))


def tune(sets):
    """The grid's weights with the best mean nDCG@5 over the tuning sets, and that mean."""
    best = (-1.0, None)
    for values in itertools.product(*GRID.values()):
        weights = dict(zip(GRID, values, strict=True))
        mean = np.mean(
            [evaluate(ours(s["scorer"], weights), s["rel"], s["queries"])[1] for s in sets]
        )
        best = max(best, (mean, weights), key=lambda item: item[0])
    return best[1], best[0]


def run(data, weights=None):
    records, visible, rel, queries, topics = (
        data[k] for k in ("records", "visible", "rel", "queries", "topics")
    )
    results = {
        "ours": evaluate(ours(data["scorer"], weights), rel, queries),
        "tfidf": evaluate(tfidf_rule(records), rel, queries),
        "ghost": evaluate(ghost_rule(records, visible), rel, queries),
        "yarpp/0": evaluate(yarpp_like(records, visible, 0.0), rel, queries),
    }
    draws = [
        evaluate(seed_rule(records, topics, random.Random(seed)), rel, queries)
        for seed in range(SEED_DRAWS)
    ]
    results["seed"] = tuple(np.mean(draws, axis=0))
    return data["name"], len(records), len(queries), results


METHODS = ["ours", "tfidf", "seed", "ghost", "yarpp/0"]


def table(title, rows):
    """Print one group's table; True when ours beats
    every baseline on both measures in every row."""
    header = f"{title:64} {'n':>4} {'q':>4} | " + " | ".join(f"{m:>7} P@5  nDCG" for m in METHODS)
    print(header)
    print("-" * len(header))
    wins = True
    for name, n, q, results in rows:
        cells = " | ".join(f"{results[m][0]:12.3f} {results[m][1]:5.3f}" for m in METHODS)
        print(f"{name:64} {n:4} {q:4} | {cells}")
        best = [max(results[m][k] for m in METHODS[1:]) for k in (0, 1)]
        wins &= all(results["ours"][k] > best[k] for k in (0, 1))
    return wins


def main(extra_tests, tuning_only=False):
    split = parts(SPLIT)
    tuning = [prepared(*s) for name in CORPUS for s in splits(DATA / name)]
    tuning += [prepared(*s) for s in splits(SPLIT, split["tuning"], "tuning")]
    tuned, tuned_mean = tune(tuning)
    print(f"tuned on the tuning part (mean nDCG@5 {tuned_mean:.3f}): {tuned}")
    print(f"shipped (discovery.scoring.WEIGHTS):                  {WEIGHTS}")
    if tuned != WEIGHTS:
        print("  the shipped weights are not the tuning part's best: copy the tuned ones?")
    print()
    table("tuning part (shipped weights)", [run(data) for data in tuning])
    scores = [per_query(ours(s["scorer"]), s["rel"], s["queries"]) for s in tuning]
    mean, (low, high) = np.mean([s.mean() for s in scores]), interval(scores)
    print(f"tuning part's mean nDCG@5 of ours {mean:.3f}, 95 % bootstrap [{low:.3f}, {high:.3f}]")
    table("", [run(prepared_graded(split["tuning"], "tuning"))])
    if tuning_only:
        return
    print()
    # The test part: measured once, with what the site runs.
    tests = [prepared(*s) for s in splits(SPLIT, split["test"], "test")]
    tests.append(prepared_graded(split["test"], "test"))
    tests += [prepared(*s) for path in extra_tests for s in splits(path)]
    won = table("TEST part (shipped weights, measured once)", [run(data) for data in tests])
    print("\nn = labelled articles, q = articles with at least one relevant one (the queries).")
    print(f"Ours beats every baseline on both measures in the test part: {won}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main([a for a in arguments if a != "--tuning-only"], "--tuning-only" in arguments)
