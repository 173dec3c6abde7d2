"""The quote extractor on small hand-written texts, one pattern each."""

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


def test_it_finds_a_quote_with_said_before_it():
    quote = only('Health Minister Maria Lopez said, "Hospitals have enough beds for everyone."')
    assert quote.text == "Hospitals have enough beds for everyone."
    assert quote.speaker == "Maria Lopez"


def test_it_finds_curly_quotes_and_told():
    quote = only("Pilot Tom Reyes told reporters “the engine simply stopped over the sea.”")
    assert quote.text == "the engine simply stopped over the sea."
    assert quote.speaker == "Tom Reyes"
    assert quote.cue == "told"


def test_it_finds_a_colon_introduced_quote():
    quote = only('Prime Minister Lena Berg on the decision: "We will not raise taxes this year."')
    assert quote.speaker == "Lena Berg"
    assert quote.cue == "colon"


def test_it_finds_a_quote_introduced_by_according_to():
    quote = only('According to coach Sam Hill, "the team has never played better than now."')
    assert quote.speaker == "Sam Hill"
    assert quote.cue == "according to"


def test_it_splits_a_quote_around_its_attribution_with_one_speaker():
    text = (
        'Senator Rosa Diaz spoke after the vote. "This bill is a start," she said, '
        '"but it does not go nearly far enough for families."'
    )
    first, second = extract_quotes(text)
    assert first.text == "This bill is a start,"
    assert second.text == "but it does not go nearly far enough for families."
    assert first.speaker == second.speaker == "Rosa Diaz"


def test_it_follows_a_quote_across_paragraphs():
    text = (
        'Engineer Paul Kim said, "The bridge was inspected in May and passed every test.\n\n'
        '"We found no cracks at all and the cables were in good condition."'
    )
    first, second = extract_quotes(text)
    assert first.text == "The bridge was inspected in May and passed every test."
    assert second.text.startswith("We found no cracks")
    assert second.speaker == "Paul Kim"


def test_it_resolves_a_pronoun_to_the_last_named_person_of_that_gender():
    text = (
        "Judge Helen Park heard the case with lawyer Mark Doyle present. She adjourned it. "
        'Later she said, "The court will rule on the matter next week."'
    )
    assert only(text).speaker == "Helen Park"


def test_it_resolves_a_surname_to_the_full_name():
    text = (
        "Chancellor Olaf Brandt met unions. "
        '"Nobody will lose their job because of this plan," Brandt said.'
    )
    assert only(text).speaker == "Olaf Brandt"


def test_it_resolves_a_title_to_the_person_who_holds_it():
    text = (
        "President Amara Nwosu opened the summit with trade minister Li Wei. "
        'The president said "our markets are open to every country here today."'
    )
    assert only(text).speaker == "Amara Nwosu"


def test_it_gives_a_quote_to_an_organisation():
    text = (
        "The Red Cross sent two planes. "
        '"Our teams are on the ground in every affected district," the Red Cross said.'
    )
    assert only(text).speaker == "Red Cross"


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
