"""Rebuild the English tagger + dependency parser shipped in `entities/data/parser/`.

    uv run python bench/train_parser.py              # train, copy the best model, evaluate
    uv run python bench/train_parser.py --evaluate   # only evaluate the shipped model

Trained with spaCy on the Universal Dependencies English Web Treebank (bench/data/ud/README.md):
the CoNLL-U files are converted with spaCy's own converter (documents of 10 sentences), the
config is `spacy init config --lang en --pipeline tagger,parser --optimize efficiency` (a
hash-embedding CNN shared by a Penn Treebank tagger and a transition-based parser; no vectors,
no NER, no lemmatiser) with a fixed number of steps, and straight quotes in the training text
are swapped for curly ones a quarter of the time (EWT has few curly quotes; news has many).

Deterministic: fixed seed, one thread, a step count rather than a time limit, so the same data
gives the same model (two runs matched loss for loss). 21 minutes on one core (4,500 steps, 12
epochs; dev scores flat from step 3,000). At the end it prints tag accuracy (Penn tags), UAS
and LAS on the EWT test part and on PUD (1,000 news and Wikipedia sentences, never trained on):
parsing raw text, so with spaCy's tokenisation and sentence splitting, then gold tokens and
sentences."""

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"  # before numpy loads

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.cli.evaluate import evaluate  # noqa: E402
from spacy.cli.init_config import init_config  # noqa: E402
from spacy.cli.train import train  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.training.augment import orth_variants_augmenter  # noqa: E402
from spacy.training.converters import conllu_to_docs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "ud"
TARGET = ROOT / "entities" / "data" / "parser"
SPLITS = {
    "train": "en_ewt-ud-train.conllu.gz",
    "dev": "en_ewt-ud-dev.conllu.gz",
    "ewt-test": "en_ewt-ud-test.conllu.gz",
    "pud-test": "en_pud-ud-test.conllu.gz",
}
MAX_STEPS = 4500
RELATIONS = ("nsubj", "ccomp", "parataxis", "appos", "flat")  # who said what
EVAL_EVERY = 500
QUOTE_VARIANTS = {  # EWT tags opening quotes `` and closing ones ''
    "single": [],
    "paired": [
        {"tags": ["``", "''"], "variants": [['"', '"'], ["“", "”"]]},
        {"tags": ["``", "''"], "variants": [["'", "'"], ["‘", "’"]]},
    ],
}


@spacy.registry.augmenters("windownews.curly_quotes.v1")
def curly_quotes(level: float):
    return partial(orth_variants_augmenter, orth_variants=QUOTE_VARIANTS, level=level, lower=0.0)


def convert(workdir: Path) -> dict[str, Path]:
    paths = {}
    for split, name in SPLITS.items():
        text = gzip.decompress((DATA / name).read_bytes()).decode("utf-8")
        docs = list(conllu_to_docs(text, n_sents=10, no_print=True))
        paths[split] = workdir / f"{split}.spacy"
        DocBin(docs=docs, store_user_data=False).to_disk(paths[split])
        print(f"{split}: {len(docs)} documents, {sum(len(d) for d in docs)} words")
    return paths


def write_config(path: Path, max_steps: int) -> None:
    config = init_config(lang="en", pipeline=["tagger", "parser"], optimize="efficiency")
    config["system"]["seed"] = 0
    training = config["training"]
    training["max_steps"] = max_steps
    training["max_epochs"] = 0
    training["patience"] = 0
    training["eval_frequency"] = EVAL_EVERY
    training["score_weights"] = {"tag_acc": 0.2, "dep_uas": 0.4, "dep_las": 0.4}
    config["corpora"]["train"]["augmenter"] = {
        "@augmenters": "windownews.curly_quotes.v1",
        "level": 0.25,
    }
    config.to_disk(path)


def report(model: Path, paths: dict[str, Path]) -> None:
    """Scores parsing raw text (spaCy's tokens and sentences), then the gold ones."""
    for split in ("ewt-test", "pud-test"):
        for gold_preproc in (False, True):
            scores = evaluate(
                str(model), paths[split], use_gpu=-1, gold_preproc=gold_preproc, silent=True
            )
            per_type = scores["dep_las_per_type"]
            print(
                f"{split}, {'gold' if gold_preproc else 'raw'} text: "
                f"tag {scores['tag_acc']:.3f}  UAS {scores['dep_uas']:.3f}  "
                f"LAS {scores['dep_las']:.3f}  sentences F {scores['sents_f']:.3f}  "
                f"({scores['speed']:.0f} words/s); labelled F "
                + " ".join(f"{dep} {per_type[dep]['f']:.2f}" for dep in RELATIONS)
            )


def label(model: Path) -> None:
    """Name the model and say what it was trained on, under which licence."""
    meta_file = model / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta.update(
        name="windownews_parser",
        version="1.0.0",
        description="English Penn Treebank tagger and UD dependency parser for the quote "
        "extractor (entities/syntax.py), rebuilt by bench/train_parser.py",
        license="CC BY-SA 4.0",
        sources=[
            {
                "name": "Universal Dependencies English Web Treebank (UD_English-EWT)",
                "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                "license": "CC BY-SA 4.0",
                "author": "Silveira et al.; Stanford University",
            }
        ],
    )
    meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def model_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--evaluate", action="store_true", help="only evaluate the shipped model")
    args.add_argument("--max-steps", type=int, default=MAX_STEPS)
    options = args.parse_args()
    with tempfile.TemporaryDirectory(prefix="train-parser-") as tmp:
        workdir = Path(tmp)
        paths = convert(workdir)
        if not options.evaluate:
            config = workdir / "config.cfg"
            write_config(config, options.max_steps)
            started = time.monotonic()
            train(
                config,
                workdir / "out",
                use_gpu=-1,
                overrides={"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])},
            )
            print(f"trained in {(time.monotonic() - started) / 60:.1f} min", file=sys.stderr)
            best = workdir / "out" / "model-best"
            shutil.rmtree(TARGET, ignore_errors=True)
            shutil.copytree(best, TARGET)
            label(TARGET)
        print(f"model: {TARGET.relative_to(ROOT)}, {model_size(TARGET) / 1e6:.1f} MB")
        report(TARGET, paths)


if __name__ == "__main__":
    main()
