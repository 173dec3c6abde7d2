"""The speaker's confidence decides what readers see before an editor's review: a name next to
the quote is shown, a speaker reached past other names waits (entities/confidence.py)."""

import json

import pytest

from entities import confidence
from entities.models import Quote
from entities.quotes import extract_quotes
from entities.tasks import extract

NAMED = '"We will rebuild the bridge before winter," said Ana Silva, the transport minister.'
PAST_OTHERS = (
    "Ana Silva met Bruno Costa and Maria Lopes in Lisbon on Monday.\n\n"
    'The talks went on late. "We will rebuild the bridge before winter," she said.'
)


def only(text):
    (quote,) = extract_quotes(text)
    return quote


def test_a_speaker_named_next_to_the_quote_is_shown():
    quote = only(NAMED)
    assert quote.speaker == "Ana Silva"
    assert quote.confidence >= confidence.PUBLIC


def test_a_speaker_reached_by_a_pronoun_past_other_names_waits_for_an_editor():
    quote = only(PAST_OTHERS)
    assert quote.speaker == "Ana Silva"  # the extractor's pick stands, for the editor to check
    assert quote.confidence < confidence.PUBLIC
    assert quote.confidence < only(NAMED).confidence


def test_a_rival_name_next_to_the_quote_lowers_the_confidence():
    alone = only('Ana Silva spoke on Monday. "We will rebuild the bridge," she said.')
    rival = only(
        'Ana Silva spoke after Bruno Costa on Monday. "We will rebuild the bridge," she said.'
    )
    assert (alone.speaker, rival.speaker) == ("Ana Silva", "Ana Silva")
    assert rival.confidence < alone.confidence


def test_readers_see_only_the_confident_quote(make_article):
    article = make_article(
        "Bridge talks",
        body=[
            ("paragraph", "<p>Ana Silva met Bruno Costa and Maria Lopes in Lisbon on Monday.</p>"),
            (
                "paragraph",
                '<p>The talks went on late. "We will rebuild the bridge before winter," she '
                'said. "Work starts in May," said Bruno Costa, the mayor.</p>',
            ),
        ],
    )
    extract(article)

    found = Quote.objects.filter(article=article)
    assert {q.text for q in found} == {
        "We will rebuild the bridge before winter,",
        "Work starts in May,",
    }
    assert [q.text for q in Quote.objects.public()] == ["Work starts in May,"]


def test_weights_fitted_on_other_features_are_refused(tmp_path, monkeypatch):
    stale = tmp_path / "speaker_confidence.json"
    stale.write_text(json.dumps({"features": ["old"], "weights": [1.0], "intercept": 0.0}))
    monkeypatch.setattr(confidence, "WEIGHTS", stale)
    confidence._weights.cache_clear()
    try:
        with pytest.raises(ValueError, match="rerun its trainer"):
            confidence.probability([0.0] * len(confidence.FEATURES))
    finally:
        confidence._weights.cache_clear()
