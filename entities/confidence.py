"""How likely a quote's speaker is right: the confidence that decides what readers see.

The extractor names a speaker for most quotes, and on news it has never seen about one in five
is wrong (bench/quotes.py). Readers see a suggested quote only above
`PUBLIC`; the rest wait for an editor. A flat confidence for every
named speaker would show them all, so the confidence is a logistic model over what the
extractor knew when it chose: whether the speaker is named right next to the quote or reached
through a pronoun or title, how many other names stand nearby, whether the parse of the
sentence agrees (`entities.attribution`), how the quote was cued. The weights are fitted by
`bench/train_confidence.py` on the tuning sets of `bench/quotes.py` and shipped in
`entities/data/speaker_confidence.json`.

Pure functions on what the extractor hands in (mentions, their resolution, sentence starts);
this module does not import the extractor.
"""

import json
import math
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent / "data" / "speaker_confidence.json"
PUBLIC = 0.9  # the confidence a suggestion needs to be shown before an editor's review
NEAR = 120  # characters either side of a quote that count as "next to" it
NAMED = {"person", "organisation"}
FEATURES = (
    "named_next_to_it",  # a mention of the speaker by name within NEAR, in the paragraph
    "named_after",  # ... and after the quote ('"…," said Ana Roe')
    "reached_by_pronoun",  # only a pronoun, title or role names the speaker nearby
    "named_in_paragraph",  # the speaker's name is somewhere in the quote's paragraph
    "others_next_to_it",  # other people or bodies named within NEAR (0, 1/3, 2/3, 1)
    "others_in_paragraph",  # other names in the paragraph (0 to 1, capped at 4)
    "organisation",  # the speaker is a body
    "one_word_name",
    "according_to",
    "parse_agrees",  # the parse's subject of the governing speech verb is the speaker
    "parse_differs",  # the parse's subject is someone else (the rules kept theirs)
    "same_as_previous",  # the quote before it in the paragraph has the same speaker
    "other_speaker_in_paragraph",  # a quote of the paragraph has another speaker
)


@cache
def _weights() -> tuple[list[float], float]:
    data = json.loads(WEIGHTS.read_text())
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS.name} was fitted on other features; rerun its trainer")
    return data["weights"], data["intercept"]


def probability(features: list[float]) -> float:
    weights, intercept = _weights()
    z = intercept + sum(w * x for w, x in zip(weights, features, strict=True))
    return 1 / (1 + math.exp(-z))


def features(text, quote, inside, names, resolve, subject, paragraph_quotes) -> list[float]:
    """The FEATURES of one quote with a speaker. `inside` tells whether a position is inside
    a quote, `names` are the article's mentions, `resolve` maps one to a full name, `subject`
    is the parse's `attribution.Subject` (or None), `paragraph_quotes` the extractor's quotes
    of the same paragraph, in order."""
    speaker = quote.speaker
    start, end = paragraph_of(text, quote.start), _paragraph_end(text, quote.end)
    outside = [m for m in names if start <= m.start < end and not inside(m.start)]
    near = [m for m in outside if quote.start - NEAR <= m.start < quote.end + NEAR]
    mine = [m for m in near if resolve(m) == speaker]
    by_name = [m for m in mine if m.kind in NAMED]
    others_near = {resolve(m) for m in near if m.kind in NAMED} - {speaker, None}
    others_para = {resolve(m) for m in outside if m.kind in NAMED} - {speaker, None}
    kinds = {m.kind for m in names if resolve(m) == speaker}
    earlier = [q for q in paragraph_quotes if q.end <= quote.start]
    subject_name = resolve(subject.head) if subject and subject.head is not None else None
    return [
        float(bool(by_name)),
        float(any(m.start >= quote.end for m in by_name)),
        float(bool(mine) and not by_name),
        float(any(resolve(m) == speaker and m.kind in NAMED for m in outside)),
        min(len(others_near), 3) / 3,
        min(len(others_para), 4) / 4,
        float("organisation" in kinds and "person" not in kinds),
        float(" " not in speaker),
        float(quote.cue == "according to"),
        float(subject_name == speaker),
        float(subject_name is not None and subject_name != speaker),
        float(bool(earlier) and earlier[-1].speaker == speaker),
        float(any(q.speaker not in {speaker, None} for q in paragraph_quotes)),
    ]


def _paragraph_end(text: str, at: int) -> int:
    closing = text.find("\n", at)
    return len(text) if closing < 0 else closing


def paragraph_of(text: str, at: int) -> int:
    """An id of the paragraph `at` stands in: where it opens."""
    return text.rfind("\n", 0, at) + 1
