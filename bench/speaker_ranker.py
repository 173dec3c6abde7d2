"""Would a small learned re-ranker over candidate speakers beat the rules' choice? (issue #19)

    uv run python bench/speaker_ranker.py     # leave-one-set-out table over the tuning sets

Columns: ceiling = share of quotes whose gold speaker is a candidate; rules = the extractor's
speaker accuracy; ranker = the logistic regression's pick; no-rules = the same model without the
features that mark the rules' choice (what the features alone know); fixable = rule errors whose
gold is a candidate; fixed / broken = rule errors the ranker fixes / rule hits it breaks.

For every gold quote matched by ``extract_quotes`` (word overlap ≥ 0.8, as in bench/quotes.py)
the candidates are: the rules' speaker, every person / organisation / pronoun / role mention
(``entities.quotes.mentions``) in the quote's paragraph and the paragraph before, resolved to a
full name by the extractor's own coreference, and None (no speaker). Each candidate gets cheap,
general features; a logistic regression scores them and the best per quote is the ranker's
speaker. Leave-one-set-out: train on all tuning sets but one, score that one. The held-out set
(quotes-test7) is never read. (Session 10's figures were over eight sets, before the parse's
second opinion; quotes-test6 has since been spent as --tune8.)
"""

import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quotes import TUNING, load, match, same_speaker  # noqa: E402
from quotes import fold as fold_name  # noqa: E402

from entities.quotes import (  # noqa: E402
    _Coreference,
    extract_quotes,
    mentions,
    quote_spans,
    single_quote_spans,
)

CUES = ("said", "told", "added", "according to", "colon", "other", "none")
KINDS = ("person", "organisation", "pronoun", "role")
VERB = (
    r"said|says|told|tells|added|adds|wrote|writes|stated|noted|explained|asked|replied|"
    r"warned|argued|insisted|continued|tweeted|announced|claimed|commented|according to"
)
VERB_AFTER_RE = re.compile(r"^(?:\s*,[^,.;:\"“”]{1,80},)?\s+(?:\w+ly\s+)?(?:" + VERB + r")\b")
VERB_BEFORE_RE = re.compile(r"\b(?:" + VERB + r")\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$", re.I)
PREPOSITION_RE = re.compile(r"\b(?:to|with|by|from|for|of|against|about|at|on|in)\s+(?:the\s+)?$")
SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s")
FEATURES = (
    "bias_none",
    "rules",
    *(f"rules_{c}" for c in CUES),
    "rules_confidence",
    *(f"none_{c}" for c in CUES),
    "none_confidence",
    "none_rules_named",
    "before",
    "after",
    "log_chars",
    "sentences",
    "same_sentence",
    "same_paragraph",
    "verb_after",
    "verb_before",
    *(f"kind_{k}" for k in KINDS),
    "no_mention",
    "log_count",
    "most_frequent",
    "previous_speaker",
    "possessive",
    "preposition",
    "oblique",
    "name_words",
    "window_mentions",
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for part in text.split("\n"):
        spans.append((offset, offset + len(part)))
        offset += len(part) + 1
    return spans


def _window(text: str, paras: list[tuple[int, int]], start: int) -> tuple[int, int, int]:
    """The quote's paragraph and the non-empty one before: (window start, paragraph start, end)."""
    at = next(i for i, (s, e) in enumerate(paras) if s <= start <= e)
    before = at - 1
    while before >= 0 and not text[paras[before][0] : paras[before][1]].strip():
        before -= 1
    return (paras[before][0] if before >= 0 else paras[at][0]), paras[at][0], paras[at][1]


def _mention_features(text, m, quote, para) -> dict[str, float]:
    q_start, q_end = quote.start, quote.end
    before = m.end <= q_start
    gap = (m.end, q_start) if before else (q_end, m.start)
    between = text[gap[0] : max(gap)]
    p_start, p_end = para
    follows = text[m.end : m.end + 100]
    precedes = text[max(0, m.start - 60) : m.start]
    sentences = len(SENTENCE_END_RE.findall(between))
    return {
        "before": float(before),
        "after": float(not before),
        "log_chars": math.log1p(max(0, gap[1] - gap[0])),
        "sentences": min(sentences, 5),
        "same_sentence": float(sentences == 0 and "\n" not in between),
        "same_paragraph": float(p_start <= m.start <= p_end),
        "verb_after": float(bool(VERB_AFTER_RE.match(follows))),
        "verb_before": float(bool(VERB_BEFORE_RE.search(precedes))),
        f"kind_{m.kind}": 1.0,
        "possessive": float(bool(re.match(r"['’]s\b", follows))),
        "preposition": float(bool(PREPOSITION_RE.search(precedes))),
        "oblique": float(m.oblique),
    }


def candidates(text: str, quote, article: dict) -> list[tuple[str | None, dict[str, float]]]:
    """(name, features) per candidate speaker of one extracted quote."""
    a = article
    window_start, p_start, p_end = _window(text, a["paras"], quote.start)
    by_name: dict[str, tuple[str, dict[str, float], int]] = {}
    for m, name in a["resolved"]:
        if not name or not window_start <= m.start <= p_end or m.kind not in KINDS:
            continue
        key = fold_name(name)
        distance = min(abs(m.end - quote.start), abs(m.start - quote.end))
        feats = _mention_features(text, m, quote, (p_start, p_end))
        if key not in by_name or distance < by_name[key][2]:
            count = by_name[key][1]["window_mentions"] + 1 if key in by_name else 1
            feats["window_mentions"] = count
            by_name[key] = (name, feats, distance)
        else:
            by_name[key][1]["window_mentions"] += 1
    rules = fold_name(quote.speaker)
    if quote.speaker and rules not in by_name:
        by_name[rules] = (quote.speaker, {"no_mention": 1.0}, 0)
    cue = quote.cue if quote.cue in CUES else "other"
    out = []
    for key, (name, feats, _) in by_name.items():
        feats = dict(feats)
        feats["log_count"] = math.log1p(a["counts"][key])
        feats["most_frequent"] = float(key == a["top"])
        feats["previous_speaker"] = float(key == a["previous"])
        feats["name_words"] = min(len(name.split()), 4)
        if key == rules:
            feats.update({"rules": 1.0, f"rules_{cue}": 1.0, "rules_confidence": quote.confidence})
        out.append((name, feats))
    none = {"bias_none": 1.0, f"none_{cue}": 1.0, "none_confidence": quote.confidence}
    none["none_rules_named"] = float(bool(quote.speaker))
    if not quote.speaker:
        none.update({"rules": 1.0, f"rules_{cue}": 1.0, "rules_confidence": quote.confidence})
    out.append((None, none))
    return out


def _article(text: str) -> dict:
    doubles = quote_spans(text)
    spans = sorted(doubles + single_quote_spans(text, doubles))
    names = mentions(text, spans)
    people = _Coreference(names, text, spans)
    resolved = [(m, people.resolve(m)) for m in names]
    counts = Counter(fold_name(n) for m, n in resolved if n and m.kind in KINDS)
    persons = Counter(fold_name(n) for m, n in resolved if n and m.kind == "person")
    top = persons.most_common(1)[0][0] if persons else ""
    return {"paras": paragraphs(text), "resolved": resolved, "counts": counts, "top": top}


def build(name: str) -> list[dict]:
    """One record per matched gold quote: the rules' speaker, gold, candidates' rows."""
    articles, bodies = load(TUNING[name])
    records = []
    for article in articles:
        text, gold = bodies[article["id"]], article["quotes"]
        quotes = extract_quotes(text)
        predicted = [{"text": q.text, "speaker": q.speaker, "quote": q} for q in quotes]
        speakers = {fold_name(q["speaker"]) for q in gold if q["speaker"]}
        info = _article(text)
        previous_of = {}
        for i, q in enumerate(quotes):
            previous_of[id(q)] = fold_name(quotes[i - 1].speaker) if i else ""
        for p, g in match(predicted, gold):
            q = p["quote"]
            info["previous"] = previous_of[id(q)]
            cands = candidates(text, q, info)
            x = np.array([[f.get(k, 0.0) for k in FEATURES] for _, f in cands])
            y = np.array([same_speaker(n, g["speaker"], speakers) for n, _ in cands], dtype=int)
            rules_ok = same_speaker(q.speaker, g["speaker"], speakers)
            records.append({"x": x, "y": y, "rules_ok": rules_ok})
    return records


RULES_COLUMNS = [i for i, f in enumerate(FEATURES) if f.startswith("rules")]
FREE_COLUMNS = [i for i in range(len(FEATURES)) if i not in RULES_COLUMNS]


def train(records: list[dict], columns=None, c: float = 1.0) -> LogisticRegression:
    columns = columns or list(range(len(FEATURES)))
    x = np.vstack([r["x"][:, columns] for r in records])
    y = np.concatenate([r["y"] for r in records])
    return LogisticRegression(C=c, max_iter=3000).fit(x, y)


def picks(model, records: list[dict], columns=None) -> list[int]:
    columns = columns or list(range(len(FEATURES)))
    return [int(np.argmax(model.decision_function(r["x"][:, columns]))) for r in records]


def main() -> None:
    data = {name: build(name) for name in TUNING}
    print(
        f"{'left out':9}{'quotes':>7}{'ceiling':>9}{'rules':>8}{'ranker':>8}{'delta':>8}"
        f"{'no-rules':>10}{'fixable':>9}{'fixed':>7}{'broken':>8}"
    )
    rows = {}
    for name, records in data.items():
        rest = [r for other, rs in data.items() if other != name for r in rs]
        hits = [bool(r["y"][i]) for r, i in zip(records, picks(train(rest), records), strict=True)]
        free = picks(train(rest, FREE_COLUMNS), records, FREE_COLUMNS)
        alone = sum(r["y"][i] for r, i in zip(records, free, strict=True)) / len(records)
        rules = sum(r["rules_ok"] for r in records) / len(records)
        ranker = sum(hits) / len(records)
        ceiling = sum(r["y"].any() for r in records) / len(records)
        # rule errors whose gold is a candidate; of them, fixed by the ranker; rule hits it breaks
        fixable = sum(r["y"].any() and not r["rules_ok"] for r in records)
        fixed = sum(h and not r["rules_ok"] for r, h in zip(records, hits, strict=True))
        broken = sum(r["rules_ok"] and not h for r, h in zip(records, hits, strict=True))
        rows[name] = (rules, ranker, ceiling, alone)
        print(
            f"{name:9}{len(records):>7}{ceiling:>9.3f}{rules:>8.3f}{ranker:>8.3f}"
            f"{ranker - rules:>+8.3f}{alone:>10.3f}{fixable:>9}{fixed:>7}{broken:>8}"
        )
    for label, names in (("tune5-7", ("tune5", "tune6", "tune7")), ("all", tuple(rows))):
        rules, ranker, ceiling, alone = (
            sum(rows[n][i] for n in names) / len(names) for i in range(4)
        )
        print(
            f"{'mean ' + label:16}{ceiling:>9.3f}{rules:>8.3f}{ranker:>8.3f}"
            f"{ranker - rules:>+8.3f}{alone:>10.3f}"
        )
    model = train([r for rs in data.values() for r in rs])
    weights = ", ".join(f"{k} {w:+.2f}" for k, w in zip(FEATURES, model.coef_[0], strict=True))
    print(f"weights (all sets): {weights}")


if __name__ == "__main__":
    main()
