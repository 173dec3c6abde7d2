"""The parse's second opinion on a quote's speaker (entities.attribution), with the shipped
parser: who is the subject of the speech verb that governs each quote."""

import pytest

from entities import attribution, quotes, syntax


def subject_of_each_quote(text):
    spans = quotes.quote_spans(text)
    names = quotes.mentions(text, spans)
    people = quotes._Coreference(names, text, spans)
    found = quotes.extract_quotes(text)
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
