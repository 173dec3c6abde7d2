"""Fit the speaker confidence (`entities/confidence.py`) on the quote tuning sets (issue #19).

    uv run python bench/train_confidence.py          # leave-one-set-out table, then fit all
    uv run python bench/train_confidence.py --check  # the table only; the shipped file stays

Every quote of four words or more that `extract_quotes` finds with a speaker and a speech
verb, in the tuning sets of bench/quotes.py (never the held-out ones), and that matches a gold
quote (word overlap ≥ 0.8) is one row: its `entities.confidence.FEATURES` and whether the
speaker is right (bench/quotes.py's rule). A logistic regression (scikit-learn, L2, C=1) is
fitted on every set but one and scored on that one; the table shows, at the public threshold,
the share of those quotes readers would see and how many of them have the right speaker,
beside a flat 0.9 (v11's rule: all shown). The last step fits all sets and writes
entities/data/speaker_confidence.json (deterministic: liblinear's solver, no randomness).
"""

import argparse
import json
import sys
from pathlib import Path
from unittest import mock

from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quotes import TUNING, fold, load, match, same_speaker  # noqa: E402
from entities import confidence  # noqa: E402
from entities.quotes import extract_quotes  # noqa: E402

THRESHOLD = confidence.PUBLIC


def rows(path: Path) -> list[tuple[list[float], bool]]:
    """(features, speaker right) of each matched quote with a speaker in one set."""
    articles, bodies = load(path)
    found = []
    for article in articles:
        seen = {}

        def record(features, seen=seen):
            seen[len(seen)] = features
            return len(seen) - 1  # an index in place of the probability, to find the row

        with mock.patch.object(confidence, "probability", record):
            quotes = extract_quotes(bodies[article["id"]])
        predicted = [{"text": q.text, "speaker": q.speaker, "quote": q} for q in quotes]
        speakers = {s for g in article["quotes"] if (s := fold(g["speaker"]))}
        for p, g in match(predicted, article["quotes"]):
            quote = p["quote"]
            if quote.speaker is None or quote.cue in {"block", "none"}:
                continue  # weighed by rule, not by the model (entities.quotes._weighed)
            if quote.confidence not in seen:
                continue
            if len(quote.text.split()) < 4:  # fragments stay below the threshold either way
                continue
            right = same_speaker(quote.speaker, g["speaker"], speakers)
            found.append((seen[quote.confidence], right))
    return found


def fit(data):
    model = LogisticRegression(C=1.0, solver="liblinear")
    model.fit([r for r, _ in data], [y for _, y in data])
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="the table only")
    args = parser.parse_args()
    sets = {name: rows(path) for name, path in TUNING.items()}
    print(f"public threshold {THRESHOLD}; leave one set out")
    print(f"{'set':8}{'quotes':>7}{'flat: shown':>12}{'right':>7}{'model: shown':>13}{'right':>7}")
    totals = [0, 0, 0, 0, 0]
    for name, data in sets.items():
        model = fit([row for other, d in sets.items() if other != name for row in d])
        p = model.predict_proba([r for r, _ in data])[:, 1]
        now = [y for _, y in data]  # a flat 0.9 (up to v11): every row is shown
        shown = [y for (_, y), q in zip(data, p, strict=True) if q >= THRESHOLD]
        print(
            f"{name:8}{len(data):>7}{len(now) / len(data):>12.2f}{sum(now) / len(now):>7.3f}"
            f"{len(shown) / len(data):>13.2f}{sum(shown) / max(len(shown), 1):>7.3f}"
        )
        for i, v in enumerate((len(data), len(now), sum(now), len(shown), sum(shown))):
            totals[i] += v
    n, a, b, c, d = totals
    print(f"{'all':8}{n:>7}{a / n:>12.2f}{b / a:>7.3f}{c / n:>13.2f}{d / c:>7.3f}")
    if args.check:
        return
    model = fit([row for d in sets.values() for row in d])
    weights = [round(float(w), 4) for w in model.coef_[0]]
    out = {
        "features": list(confidence.FEATURES),
        "weights": weights,
        "intercept": round(float(model.intercept_[0]), 4),
        "fitted_on": list(TUNING),
        "rows": n,
    }
    confidence.WEIGHTS.write_text(json.dumps(out, indent=1) + "\n")
    for feature, weight in zip(confidence.FEATURES, weights, strict=True):
        print(f"{feature:28}{weight:+.3f}")
    print(f"intercept {out['intercept']:+.3f}; wrote {confidence.WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
