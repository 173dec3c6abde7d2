"""What the builders of the labelled comment sets share: the article corpora the comments are
posted under, the {a|b} spinning bots use, and writing a set out as JSON Lines.

Each builder keeps its own seeded random.Random and passes it in, so every set rebuilds to the
same bytes whichever builder runs first.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
WIKINEWS = "ingest/data/wikinews.jsonl"
GLOBAL_VOICES = "ingest/data/globalvoices-2022-teasers.jsonl"
SPUN = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def articles(path):
    return [json.loads(line) for line in (ROOT / path).read_text().splitlines() if line.strip()]


def spin(rng, text):
    """'{Great|Nice} post' -> one of the choices, picked left to right with `rng`."""
    return SPUN.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def write_set(name, items):
    """Write the set beside this module and say what it holds."""
    with open(HERE / name, "w") as out:
        out.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    print(
        f"{name}: {sum(i['label'] == 'ham' for i in items)} ham, {sum(i['label'] == 'spam' for i in items)} spam"
    )
    return items
