"""What the dependency parser (entities/syntax.py) costs: load time, memory, parse speed.

    uv run python bench/parser_speed.py

- Load: CPU and wall seconds and resident memory added by `import spacy` and by loading the
  model, each measured in a fresh process: once in a bare interpreter, once in a Django
  process that has already warmed the publish path (windownews/startup.py), which imports
  numpy, scipy and scikit-learn anyway, so what spaCy adds there is what a server pays.
- Speed: CPU ms per 1,000 words (whitespace words of the whole bodies, as bench/quotes.py
  counts them) over the 331 Wikinews bodies of ingest/data/wikinews.jsonl, one core, best of
  3 passes: parsing whole bodies, and parsing only the sentences with a quotation mark (cut
  with a plain regex, as the extractor would before asking for a parse), one call a sentence
  or an article's sentences batched through `parser().pipe()`.
"""

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # before bench/, whose entities.py would shadow the app

CORPUS = ROOT / "ingest" / "data" / "wikinews.jsonl"
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“A-Z(])|\n+")
MARKS = '"“”'
LOAD = """
import json, os, time
def rss():
    return int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024
if {django}:
    import django
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'windownews.settings')
    django.setup()
    from entities import syntax
    from windownews import startup
    parse, syntax.parse = syntax.parse, lambda text: None  # all the warming but the parser's
    startup.warm_publish_path()
    syntax.parse = parse
r0, c0, w0 = rss(), time.process_time(), time.perf_counter()
import spacy
r1, c1, w1 = rss(), time.process_time(), time.perf_counter()
from entities import syntax
syntax.parser.cache_clear()
syntax.parser()
r2, c2, w2 = rss(), time.process_time(), time.perf_counter()
syntax.parse('The minister said the talks had failed.')
print(json.dumps({{'import_cpu': c1 - c0, 'import_wall': w1 - w0, 'import_mb': r1 - r0,
    'load_cpu': c2 - c1, 'load_wall': w2 - w1, 'load_mb': r2 - r1, 'after_parse_mb': rss() - r0}}))
"""


def load_costs(django: bool) -> dict:
    code = LOAD.format(django=django)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.splitlines()[-1])


def quoted_sentences(body: str) -> list[str]:
    return [s for s in SENTENCE_END.split(body) if any(mark in s for mark in MARKS)]


def one_at_a_time(parse):
    def run(pieces: list[str]) -> None:
        for piece in pieces:
            parse(piece)

    return run


def cpu_ms_per_1000(run, texts: list[list[str]], words: int, passes: int = 3) -> float:
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for pieces in texts:
            run(pieces)
        best = min(best, time.process_time() - started)
    return best * 1000 / words * 1000


def main() -> None:
    for django in (False, True):
        c = load_costs(django)
        where = "in a warmed Django process" if django else "in a bare interpreter"
        print(
            f"{where}: import spacy {c['import_cpu']:.2f} s CPU / {c['import_wall']:.2f} s "
            f"wall, +{c['import_mb']:.0f} MB; load model {c['load_cpu']:.2f} s CPU / "
            f"{c['load_wall']:.2f} s wall, +{c['load_mb']:.0f} MB; "
            f"after a first parse +{c['after_parse_mb']:.0f} MB in all"
        )
    from entities import syntax

    bodies = [json.loads(line)["body"] for line in CORPUS.open(encoding="utf-8")]
    words = sum(len(body.split()) for body in bodies)
    quoted = [quoted_sentences(body) for body in bodies]
    quoted_words = sum(len(s.split()) for pieces in quoted for s in pieces)
    syntax.parse("Warm up.")
    print(f"{len(bodies)} bodies, {words:,} words; {quoted_words:,} in sentences with a quote")
    whole = cpu_ms_per_1000(one_at_a_time(syntax.parse), [[body] for body in bodies], words)
    print(f"whole bodies, one parse() a body: {whole:.1f} ms CPU per 1,000 words")
    for label, run in (
        ("one parse() a sentence", one_at_a_time(syntax.parse)),
        ("an article's sentences in one parser().pipe()", lambda s: list(syntax.parser().pipe(s))),
    ):
        only = cpu_ms_per_1000(run, quoted, words)
        print(
            f"only sentences with a quotation mark, {label}: {only:.1f} ms CPU per 1,000 words "
            f"of body ({only * words / quoted_words:.1f} per 1,000 words parsed)"
        )


if __name__ == "__main__":
    main()
