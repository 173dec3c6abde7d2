"""The quote extractor on small hand-written texts, one pattern each."""

import pytest

from entities.quotes import extract_quotes


def only(text):
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_it_finds_a_quote_with_said_after_it():
    text = (
        'The port reopened on Monday. "We expect ships by Friday," said harbour master Ana Silva.'
    )
    quote = only(text)
    assert quote.text == "We expect ships by Friday,"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Ana Silva"
    assert quote.cue == "said"


def test_it_finds_a_quote_with_the_speaker_before_the_verb_after_it():
    quote = only('"The vote is on Tuesday and it will pass," Mayor John Okafor said.')
    assert quote.speaker == "John Okafor"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "cue"),
    [
        pytest.param(
            'Health Minister Maria Lopez said, "Hospitals have enough beds for everyone."',
            "Hospitals have enough beds for everyone.",
            "Maria Lopez",
            "said",
            id="said before it",
        ),
        pytest.param(
            "Pilot Tom Reyes told reporters “the engine simply stopped over the sea.”",
            "the engine simply stopped over the sea.",
            "Tom Reyes",
            "told",
            id="curly quotes and told",
        ),
        pytest.param(
            'Prime Minister Lena Berg on the decision: "We will not raise taxes this year."',
            "We will not raise taxes this year.",
            "Lena Berg",
            "colon",
            id="introduced by a colon",
        ),
        pytest.param(
            'According to coach Sam Hill, "the team has never played better than now."',
            "the team has never played better than now.",
            "Sam Hill",
            "according to",
            id="introduced by according to",
        ),
    ],
)
def test_it_finds_a_quote_and_what_attributes_it(text, quoted, speaker, cue):
    quote = only(text)
    assert (quote.text, quote.speaker, quote.cue) == (quoted, speaker, cue)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        pytest.param(
            'Senator Rosa Diaz spoke after the vote. "This bill is a start," she said, '
            '"but it does not go nearly far enough for families."',
            ["This bill is a start,", "but it does not go nearly far enough for families."],
            "Rosa Diaz",
            id="split around its attribution",
        ),
        pytest.param(
            'Engineer Paul Kim said, "The bridge was inspected in May and passed every test.\n\n'
            '"We found no cracks at all and the cables were in good condition."',
            [
                "The bridge was inspected in May and passed every test.",
                "We found no cracks at all and the cables were in good condition.",
            ],
            "Paul Kim",
            id="across paragraphs",
        ),
    ],
)
def test_it_follows_one_speaker_s_quote_in_two_parts(text, quoted, speaker):
    quotes = extract_quotes(text)
    assert [quote.text for quote in quotes] == quoted
    assert {quote.speaker for quote in quotes} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Judge Helen Park heard the case with lawyer Mark Doyle present. She adjourned it. "
            'Later she said, "The court will rule on the matter next week."',
            "Helen Park",
            id="a pronoun to the last named person of that gender",
        ),
        pytest.param(
            "Chancellor Olaf Brandt met unions. "
            '"Nobody will lose their job because of this plan," Brandt said.',
            "Olaf Brandt",
            id="a surname to the full name",
        ),
        pytest.param(
            "President Amara Nwosu opened the summit with trade minister Li Wei. "
            'The president said "our markets are open to every country here today."',
            "Amara Nwosu",
            id="a title to the person who holds it",
        ),
        pytest.param(
            "The Red Cross sent two planes. "
            '"Our teams are on the ground in every affected district," the Red Cross said.',
            "Red Cross",
            id="an organisation named again",
        ),
    ],
)
def test_it_resolves_who_is_speaking(text, speaker):
    assert only(text).speaker == speaker


def test_it_ignores_scare_quotes_names_and_titles():
    text = (
        'The "road load" test was run on the "Storm Area 51 Basecamp Experience" day. '
        'The band played "Day after Day" and the mayor called it "unique".'
    )
    assert extract_quotes(text) == []


def test_it_keeps_a_short_quote_tied_to_a_speech_verb():
    quote = only('Senator Adam Reed called the plan "a non-starter".')
    assert quote.text == "a non-starter"
    assert quote.speaker == "Adam Reed"


def test_it_accepts_single_quotes_only_next_to_a_speech_verb():
    text = (
        "The suspect, known only as 'Stefan W', was held. "
        "'We have the right man in custody,' said police chief Ola Nordmann."
    )
    quote = only(text)
    assert quote.text == "We have the right man in custody,"
    assert quote.speaker == "Ola Nordmann"


def test_it_marks_an_unidentified_speaker_as_unknown():
    quote = only('A witness said, "The car was going far too fast for the road."')
    assert quote.speaker is None
    assert quote.confidence < 0.9
