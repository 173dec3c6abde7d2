"""The parse's second opinion on a quote's speaker (entities.attribution), with the shipped
parser: who is the subject of the speech verb that governs each quote."""

from dataclasses import replace

import pytest

from entities import attribution, quotes, syntax


def subject_of_each_quote(text, rules_speakers=False):
    """The parse's subject per quote; without the rules' speakers unless asked, so that every
    sentence is parsed."""
    spans = quotes.quote_spans(text)
    names = quotes.mentions(text, spans)
    people = quotes._Coreference(names, text, spans)
    found = quotes.extract_quotes(text)
    found = found if rules_speakers else [replace(q, speaker=None) for q in found]
    subjects = attribution.subjects(
        text, found, spans, people.sentences, names, quotes.VERB_WORDS, syntax.parser()
    )
    return [subjects.get((q.start, q.end)) for q in found]


def named(subject):
    return subject.head.name if subject and subject.head else None


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # the name that opens the phrase, not the body in its "of" phrase
            "Ben Summerskill of the gay rights organisation, Stonewall, said: "
            '"We are obviously delighted with the decision of the home secretary."',
            "Ben Summerskill",
        ),
        (  # a passive's agent
            "The plan was described by Karen Jones as "
            '"a disaster for the town and for everyone who lives in it."',
            "Karen Jones",
        ),
        (  # "quoted X as saying"
            "The newspaper quoted Anthony Cordesman as saying "
            '"The current fighting is as much a power struggle as anything else."',
            "Anthony Cordesman",
        ),
        (  # the antecedent of "who"
            '"We will rebuild the town, whatever it costs," said Tom Smith, who chairs the '
            "council.",
            "Tom Smith",
        ),
        (  # a participle's subject is the clause's
            "Karen Jones thanked the rescuers on Monday, saying "
            '"They worked through the night to save every one of us."',
            "Karen Jones",
        ),
        (  # an appositive names the role's holder
            "The mother of the victim, Claire Aitchison, told reporters outside the court: "
            '"We are happy that justice has been done today."',
            "Claire Aitchison",
        ),
    ],
)
def test_the_subject_of_the_speech_verb_is_the_speaker(text, speaker):
    assert [named(s) for s in subject_of_each_quote(text)] == [speaker]


def test_the_subject_phrase_holds_its_own_names_only():
    text = (
        "Donald Trump's spokesman, Hogan Gidley, said: "
        '"The president has done more for the economy than anyone."'
    )
    (subject,) = subject_of_each_quote(text)
    assert subject.head.name == "Hogan Gidley"
    assert "Donald Trump" not in {m.name for m in subject.phrase}  # a possessor, not the phrase


def test_the_parser_sees_a_stand_in_for_each_quoted_sentence():
    text = (
        '"We lost everything in the flood. Nothing is left of the farm," said Ann Lee, whose '
        'family called it "the worst in memory".'
    )
    spans = quotes.quote_spans(text)
    short, pieces = attribution._condensed(text, 0, len(text), spans)
    assert short == (
        '"Yes," said Ann Lee, whose family called it "the worst in memory".'
    )  # the fragment stays: the sentence runs through it
    said = short.index("said")
    assert attribution._Mentions([], pieces)._old(said) == text.index("said")


def test_no_speech_verb_no_opinion():
    text = 'The banner read "Welcome home to all our brave soldiers and sailors" in red.'
    assert all(s is None or s.head is None for s in subject_of_each_quote(text))


def test_a_sentence_naming_only_the_rules_speaker_is_not_parsed():
    text = '"We will win this seat back next year," said Karen Jones on Monday.'
    assert subject_of_each_quote(text, rules_speakers=True) == [None]
    assert named(subject_of_each_quote(text)[0]) == "Karen Jones"


def test_the_parse_takes_over_only_where_it_places_the_rules_speaker_elsewhere():
    text = (
        "Borg Palm, Kazemi's solicitor, stated that Kazemi was pleased with the news but "
        'would have an unstable future in Britain: "He is very much afraid of being sent back '
        'to Iran."'
    )
    (subject,) = subject_of_each_quote(text)
    assert subject.head.name == "Borg Palm"
    assert "Kazemi" in {m.name for m in subject.others}  # a possessor of the subject
    assert second_opinion(text, "Kazemi") == "Borg Palm"  # the rules' pick, placed elsewhere
    assert second_opinion(text, "Borg Palm") == "Borg Palm"
    assert second_opinion(text, None) == "Borg Palm"


def test_the_rules_keep_a_speaker_the_parse_does_not_place():
    text = (
        "Philippine Red Cross chair Richard Gordon, in remarks to the BBC, said "
        '"A lot of people have lost their homes and they need food".'
    )
    # The parser reads the stacked names badly (it takes "chair" for a verb); Gordon is not
    # placed outside the subject, so the rules' speaker stays.
    assert second_opinion(text, "Richard Gordon") == "Richard Gordon"


def second_opinion(text, rules_speaker):
    """The extractor's last step on the text's one quote, given the rules' speaker."""
    spans = quotes.quote_spans(text)
    names = quotes.mentions(text, spans)
    people = quotes._Coreference(names, text, spans)
    (quote,) = quotes.extract_quotes(text)
    quote = replace(quote, speaker=rules_speaker)
    found = attribution.subjects(
        text, [quote], spans, people.sentences, names, quotes.VERB_WORDS, syntax.parser()
    )
    (checked,) = quotes._second_opinion([quote], found, people)
    return checked.speaker


@pytest.mark.parametrize(
    "text, rules_speaker, speaker",
    [
        (  # the rules' pick sits in a relative clause of the subject
            "Evan Kohlmann, who tracks jihadi Web sites for NBC News said, "
            '"He was actually an administrator on the now-defunct forum."',
            "Web",
            "Evan Kohlmann",
        ),
        (  # the rules' pick is another clause's subject
            "The president, Susilo Bambang Yudhoyono, has sent three ministers to the site, "
            "while Bambang Widaryatmo, head of the provincial police, promised "
            '"Parties found to be negligent will be prosecuted."',
            "Susilo Bambang Yudhoyono",
            "Bambang Widaryatmo",
        ),
        (  # "cited X and said" is no "quoted X as saying"
            "Erdoğan cited Article 5 of the NATO treaty and said, "
            '"They need to stand by us", while addressing the press yesterday.',
            "Erdoğan",
            "Erdoğan",
        ),
        (  # "X is quoted in Y as saying": X, not the paper
            "John Fritchey is quoted in the Chicago Sun-Times as saying of the letter, "
            '"You often run into conflicts when politics and religion meet."',
            "Chicago Sun-Times",
            "John Fritchey",
        ),
        (  # whose participle? the parse hangs it on the main verb: the rules' pick stays
            "Minister Tom Vale met Chief Ana Roe of Kelmar, who called for patience, saying: "
            '"The rains will come back next year."',
            "Ana Roe",
            "Ana Roe",
        ),
        (  # a speech verb near the quote that does not govern it decides nothing
            "House of Commons Speaker John Bercow commented on the matter — which the BBC noted "
            'as an unusual move — "However it is dressed up, the purpose is obvious to all."',
            "John Bercow",
            "John Bercow",
        ),
    ],
)
def test_where_the_parse_places_the_rules_speaker(text, rules_speaker, speaker):
    assert second_opinion(text, rules_speaker) == speaker
