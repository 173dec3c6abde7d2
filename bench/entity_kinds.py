"""Are the people on people pages people? Entity kinds against hand-labelled speakers (#19).

    uv run python bench/entity_kinds.py

The quote sets in bench/data (quotes-dev, -tune and -test: 240 Wikinews articles, speakers
written by hand with their kind, person or organisation) name who is who in each article. For
every article, `entities.mentions.find_mentions` reads the text alone (no quote speakers passed:
the site passes them, which would make every speaker a person by construction), and this counts
  * people found: labelled people it finds as a person with public confidence (≥ 0.8),
    by full name or by surname (the labels give the fullest name, the text may not);
  * organisations as people: labelled organisations it makes a public person;
  * public people that are no labelled speaker, for reading (not an error: most people named
    in an article are not quoted): the first of them are printed.
No goal yet; figures beside the earlier code's in bench/README.md. No database, no timing.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from entities.mentions import find_mentions  # noqa: E402
from entities.names import name_key  # noqa: E402

SETS = ["quotes-dev.jsonl", "quotes-tune.jsonl", "quotes-test.jsonl"]
CORPUS = ROOT / "ingest" / "data" / "wikinews.jsonl"
PUBLIC = 0.8
SHOWN = 25


def labelled():
    """{article id: {speaker name: kind}} over the quote sets."""
    speakers = {}
    for name in SETS:
        for line in (ROOT / "bench" / "data" / name).open(encoding="utf-8"):
            record = json.loads(line)
            for quote in record["quotes"]:
                if quote.get("speaker") and quote.get("speaker_kind") != "unnamed":
                    kinds = speakers.setdefault(record["id"], {})
                    kinds[quote["speaker"]] = quote["speaker_kind"]
    return speakers


def same_name(found_key: str, label: str) -> bool:
    key = name_key(label)
    return found_key == key or found_key.split()[-1:] == key.split()[-1:]


def main():
    speakers = labelled()
    corpus = {}
    for line in CORPUS.open(encoding="utf-8"):
        record = json.loads(line)
        if record["id"] in speakers:
            corpus[record["id"]] = record
    counts = {"people": 0, "people found": 0, "organisations": 0, "organisations as people": 0}
    unlabelled = []
    for article_id, kinds in speakers.items():
        record = corpus[article_id]
        people = [
            found.key
            for found in find_mentions(record["body"], title=record["title"])
            if found.kind == "person" and found.confidence >= PUBLIC
        ]
        for label, kind in kinds.items():
            hit = any(same_name(key, label) for key in people)
            if kind == "person":
                counts["people"] += 1
                counts["people found"] += hit
            else:
                counts["organisations"] += 1
                counts["organisations as people"] += hit
        unlabelled += [
            (article_id, key) for key in people if not any(same_name(key, label) for label in kinds)
        ]
    print(f"{len(speakers)} articles with labelled speakers")
    for label, total in (("people found", "people"), ("organisations as people", "organisations")):
        share = counts[label] / max(counts[total], 1)
        print(
            f"labelled {total}, {label} (public): {counts[label]} of {counts[total]} ({share:.1%})"
        )
    print(f"public people who are no labelled speaker: {len(unlabelled)} (first {SHOWN}, to read)")
    for article_id, key in unlabelled[:SHOWN]:
        print(f"  {article_id}  {key}")


if __name__ == "__main__":
    main()
