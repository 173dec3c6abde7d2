"""Quote extraction quality and speed (issue #19), beside a naive baseline.

    uv run python bench/quotes.py              # the dev set (bench/data/quotes-dev.jsonl)
    uv run python bench/quotes.py --tune       # the tuning set (the spent held-out set of v1)
    uv run python bench/quotes.py --tune2      # the second tuning set (session 7)
    uv run python bench/quotes.py --tune3      # the spent test set of v2 and v3 (session 8 on)
    uv run python bench/quotes.py --tune4      # the spent test set of v4 (session 9 on)
    uv run python bench/quotes.py --tune5      # the spent test set of v5 (session 9 on)
    uv run python bench/quotes.py --tune6      # the spent test set of v6 (session 10 on)
    uv run python bench/quotes.py --tune7      # the spent test set of v6 and v7 (session 10 on)
    uv run python bench/quotes.py --tune8      # the spent test set of v7 to v9 (session 11 on)
    uv run python bench/quotes.py --test7      # the held-out set of session 11: once per version
    uv run python bench/quotes.py --test8      # the 2nd held-out set of session 11: once a version
    uv run python bench/quotes.py --all        # every tuning set, one line each (not held-out)

Article bodies come from ingest/data/wikinews.jsonl, matched on id; a set whose lines carry their
own ``body`` (``--tune5`` to ``--tune8``, ``--test7``, ``--test8``: articles that are not in the
corpus) is scored on those bodies.

Definitions
- Word overlap of two quotes = |shared words| / max(|words of predicted|, |words of gold|),
  words being lower-cased ``\\w+`` tokens counted as a multiset. A predicted quote matches a gold
  quote when the overlap is ≥ 0.8; each gold quote matches at most one prediction (greedy, best
  overlap first). Precision = matched / predicted, recall = matched / gold, F1 their harmonic
  mean, pooled over the set.
- Speaker accuracy, over matched quotes: the names are equal after folding case and diacritics
  and dropping punctuation; both ``null`` is correct. A one-word prediction equal to the last
  word of the gold's full name counts only when no other gold speaker of the same article ends
  in that word (unambiguous in the article).
- Speed: milliseconds of ``extract_quotes`` per 1,000 words of body, best of 5 passes, one core,
  wall and process CPU time (the gazetteer and first-name lists load once per process, before
  the timed passes: the quality run goes first).
- Shown: the share of matched quotes whose confidence reaches the public threshold
  (``entities.confidence.PUBLIC``: readers see them before an editor reviews them), and the
  speaker accuracy over those ("right"): what readers see of the extractor's work.
- Rules alone: the extractor without the parse, its second opinion on speakers
  (``entities.attribution``), to show what the parse adds in the same run.
- Baseline: every span in quotation marks of 4+ words; speaker = the capitalised-word sequence
  right after a "said"/"told" that follows the quote, else the nearest capitalised-word
  sequence before the quote.
"""

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from entities import quotes as extractor  # noqa: E402
from entities.confidence import PUBLIC  # noqa: E402
from entities.quotes import extract_quotes  # noqa: E402

CORPUS = ROOT / "ingest/data/wikinews.jsonl"
DEV = ROOT / "bench/data/quotes-dev.jsonl"
TUNE = ROOT / "bench/data/quotes-tune.jsonl"
TUNE2 = ROOT / "bench/data/quotes-tune2.jsonl"
TUNE3 = ROOT / "bench/data/quotes-test.jsonl"  # the test set of v2 and v3, spent: tuning data
TUNE4 = ROOT / "bench/data/quotes-test2.jsonl"  # the test set of v4, spent: tuning data
TUNE5 = ROOT / "bench/data/quotes-test3.jsonl"  # the test set of v5, spent: bodies in the file
TUNE6 = ROOT / "bench/data/quotes-test4.jsonl"  # the test set of v6, spent: bodies in the file
TUNE7 = ROOT / "bench/data/quotes-test5.jsonl"  # the test set of v6 and v7, spent
TUNE8 = ROOT / "bench/data/quotes-test6.jsonl"  # the test set of v7 to v9, spent (session 11)
TEST7 = ROOT / "bench/data/quotes-test7.jsonl"  # held-out: bodies in the file, never tuned on
TEST8 = ROOT / "bench/data/quotes-test8.jsonl"  # held-out: bodies in the file, never tuned on
HELD_OUT = (TEST7, TEST8)
TUNING = {
    "dev": DEV,
    "tune": TUNE,
    "tune2": TUNE2,
    "tune3": TUNE3,
    "tune4": TUNE4,
    "tune5": TUNE5,
    "tune6": TUNE6,
    "tune7": TUNE7,
    "tune8": TUNE8,
}
GOALS = {"f1": 0.95, "speaker": 0.90, "ms": 50.0}


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def overlap(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    longest = max(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / longest if longest else 0.0


def fold(name: str | None) -> str:
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", plain))


def same_speaker(predicted: str | None, gold: str | None, article_speakers: set[str]) -> bool:
    p, g = fold(predicted), fold(gold)
    if p == g:
        return True
    if not p or not g or " " in p:
        return False
    sharing = {s for s in article_speakers if s.split()[-1:] == [p]}
    return g.split()[-1] == p and sharing == {g}


def match(predicted: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    pairs = sorted(
        (
            (overlap(p["text"], g["text"]), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
        ),
        reverse=True,
    )
    used_p, used_g, matched = set(), set(), []
    for score, i, j in pairs:
        if score < 0.8:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((predicted[i], gold[j]))
    return matched


def baseline(text: str) -> list[dict]:
    """The naive extractor of the issue, for comparison."""
    found = []
    name = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*"
    for m in re.finditer(r"[\"“]([^\"“”\n]+)[\"”]", text):
        if len(m.group(1).split()) < 4:
            continue
        after = re.match(r"[,.]?\s*(?:said|told)\s+(?:\w+ ){0,3}?(" + name + ")", text[m.end() :])
        before = re.findall(name, text[max(0, m.start() - 200) : m.start()])
        speaker = after.group(1) if after else (before[-1] if before else None)
        found.append({"text": m.group(1), "speaker": speaker})
    return found


def ours(text: str) -> list[dict]:
    return [
        {"text": q.text, "speaker": q.speaker, "confidence": q.confidence}
        for q in extract_quotes(text)
    ]


def rules_alone(text: str) -> list[dict]:
    """The extractor without the parse (its second opinion on speakers): what the parse adds."""
    with mock.patch.object(extractor.attribution, "subjects", lambda *args: {}):
        return ours(text)


def score(extractor, articles: list[dict], bodies: dict[str, str], passes: int = 5) -> dict:
    n_pred = n_gold = n_match = n_speaker = n_shown = n_shown_right = 0
    for article in articles:
        body, gold = bodies[article["id"]], article["quotes"]
        predicted = extractor(body)
        speakers = {fold(q["speaker"]) for q in gold if q["speaker"]}
        pairs = match(predicted, gold)
        n_pred, n_gold, n_match = n_pred + len(predicted), n_gold + len(gold), n_match + len(pairs)
        n_speaker += sum(same_speaker(p["speaker"], g["speaker"], speakers) for p, g in pairs)
        shown = [(p, g) for p, g in pairs if p.get("confidence", 0) >= PUBLIC]
        n_shown += len(shown)
        n_shown_right += sum(same_speaker(p["speaker"], g["speaker"], speakers) for p, g in shown)
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    texts = [bodies[a["id"]] for a in articles]
    total_words = sum(len(t.split()) for t in texts)
    wall, cpu = min((_timed(extractor, texts) for _ in range(passes)), default=(0.0, 0.0))
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker": n_speaker / n_match if n_match else 0.0,
        "shown": n_shown / n_match if n_match else 0.0,
        "shown_right": n_shown_right / n_shown if n_shown else 0.0,
        "ms": wall * 1000 / total_words * 1000,
        "cpu_ms": cpu * 1000 / total_words * 1000,
        "gold": n_gold,
        "predicted": n_pred,
    }


def _timed(extractor, texts: list[str]) -> tuple[float, float]:
    """Wall and process CPU seconds of one pass (the machine is shared: CPU is the fair one)."""
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        extractor(text)
    return time.perf_counter() - started, time.process_time() - cpu


def show_errors(articles, bodies):
    for article in articles:
        body, gold = bodies[article["id"]], article["quotes"]
        predicted = ours(body)
        pairs = match(predicted, gold)
        speakers = {fold(q["speaker"]) for q in gold if q["speaker"]}
        hit_p = {id(p) for p, _ in pairs}
        hit_g = {id(g) for _, g in pairs}
        for p in predicted:
            if id(p) not in hit_p:
                print(f"FP {article['id']} [{p['speaker']}] {p['text'][:70]!r}")
        for g in gold:
            if id(g) not in hit_g:
                print(f"FN {article['id']} [{g['speaker']}] {g['text'][:70]!r}")
        for p, g in pairs:
            if not same_speaker(p["speaker"], g["speaker"], speakers):
                print(
                    f"SPK {article['id']} got {p['speaker']!r} want {g['speaker']!r}: "
                    f"{g['text'][:50]!r}"
                )


def load(path: Path) -> tuple[list[dict], dict[str, str]]:
    """The labelled articles of a set and their bodies: each line's own, else the corpus's."""
    articles = [json.loads(line) for line in path.open(encoding="utf-8")]
    bodies = {a["id"]: a["body"] for a in articles if "body" in a}
    wanted = {a["id"] for a in articles} - bodies.keys()
    if wanted:
        for line in CORPUS.open(encoding="utf-8"):
            record = json.loads(line)
            if record["id"] in wanted:
                bodies[record["id"]] = record["body"]
    return articles, bodies


def summary() -> None:
    """One line per tuning set (in-sample figures: the sets the rules were written from)."""
    print(
        f"{'set':8}{'articles':>9}{'gold':>6}{'F1':>7}{'speaker':>9}{'rules alone':>12}"
        f"{'baseline F1/speaker':>21}{'shown':>7}{'right':>7}"
    )
    for name, path in TUNING.items():
        articles, bodies = load(path)
        r, b = score(ours, articles, bodies, 0), score(baseline, articles, bodies, 0)
        alone = score(rules_alone, articles, bodies, 0)
        print(
            f"{name:8}{len(articles):>9}{r['gold']:>6}{r['f1']:>7.3f}{r['speaker']:>9.3f}"
            f"{alone['speaker']:>12.3f}{b['f1']:>14.3f} / {b['speaker']:.3f}"
            f"{r['shown']:>7.2f}{r['shown_right']:>7.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = parser.add_mutually_exclusive_group()
    for name in TUNING:
        if name != "dev":
            sets.add_argument(f"--{name}", action="store_true", help=f"score {TUNING[name].name}")
    sets.add_argument("--test7", action="store_true", help="score the held-out set of session 11")
    sets.add_argument(
        "--test8", action="store_true", help="score the second held-out set of session 11"
    )
    sets.add_argument("--all", action="store_true", help="one line per tuning set")
    parser.add_argument("--errors", action="store_true", help="list the mistakes (not on held-out)")
    args = parser.parse_args()
    if args.all:
        return summary()
    chosen = [name for name in TUNING if getattr(args, name, False)]
    held_out = TEST7 if args.test7 else TEST8 if args.test8 else None
    path = held_out or TUNING[chosen[0] if chosen else "dev"]
    if args.errors and path in HELD_OUT:
        parser.error("--errors is refused on the held-out set: its mistakes are never read")
    articles, bodies = load(path)
    if args.errors:
        show_errors(articles, bodies)
    rows = {
        "entities.quotes": score(ours, articles, bodies),
        "rules alone": score(rules_alone, articles, bodies),
        "naive baseline": score(baseline, articles, bodies),
    }
    gold = rows["entities.quotes"]["gold"]
    print(f"{path.name}: {len(articles)} articles, {gold} gold quotes")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; ms per 1,000 words:")
    header = f"{'precision':>10}{'recall':>8}{'F1':>7}{'speaker':>9}{'wall ms':>9}{'CPU ms':>8}"
    print(f"{'':18}{header}")
    for label, r in rows.items():
        print(
            f"{label:18}{r['precision']:>10.3f}{r['recall']:>8.3f}{r['f1']:>7.3f}"
            f"{r['speaker']:>9.3f}{r['ms']:>9.2f}{r['cpu_ms']:>8.2f}"
        )
    print(
        f"{'goal':18}{'':>10}{'':>8}{GOALS['f1']:>7.2f}{GOALS['speaker']:>9.2f}{GOALS['ms']:>9.1f}"
        f"{GOALS['ms']:>8.1f}"
    )
    r = rows["entities.quotes"]
    print(
        f"shown to readers before review (confidence ≥ {PUBLIC}): {r['shown']:.2f} of the found "
        f"quotes, speaker right in {r['shown_right']:.3f} of them"
    )


if __name__ == "__main__":
    main()
