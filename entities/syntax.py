"""A dependency parse of English text, for the quote extractor.

The extractor's rules find a quote's speaker from the words around it; where they fail, the
sentence's structure decides (who is the subject of "said", which noun an appositive belongs
to). This module gives that structure: spaCy's tagger and parser, trained on the Universal
Dependencies English Web Treebank by bench/train_parser.py and shipped in `data/parser/` (no
official spaCy model is fetched: nothing is downloaded at run time). Tokens carry Penn Treebank
tags (`tag_`), UD relations (`dep_`, `head`), sentence boundaries, and `idx`, their character
offset into the text parsed; `pos_` and lemmas are not set. Figures: bench/README.md.

The model is read on first use, never when the web process imports this module: 1.4 s of CPU
and +41 MB in a server process (2.3 s and +110 MB in a bare interpreter). Parsing costs ~110 ms
CPU per 1,000 words, twice the extractor's whole budget: parse only the sentences that need it,
several at once (`parser().pipe(sentences)`; one call a sentence costs 1.6x as much).
"""

from functools import cache
from pathlib import Path

MODEL_DIR = Path(__file__).parent / "data" / "parser"


@cache
def parser():
    """The shipped spaCy pipeline (tokenizer, tagger, parser), loaded once per process."""
    import spacy  # ~0.5 s of imports: only where a parse is wanted

    return spacy.load(MODEL_DIR)


def parse(text: str):
    """The spaCy Doc of `text`: tokens with tags, heads, relations and sentences."""
    return parser()(text)
