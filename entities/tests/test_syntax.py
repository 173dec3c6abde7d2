"""The shipped dependency parser reads who said what from news sentences (the real model)."""

from entities import syntax


def relation(doc, word: str) -> tuple[str, str]:
    token = next(token for token in doc if token.text == word)
    return token.dep_, token.head.text


def reports(doc, speech_verb: str, quoted_verb: str) -> bool:
    """UD links a quote and its speech verb either way; the model gives both."""
    quote_under_verb = relation(doc, quoted_verb) == ("ccomp", speech_verb)
    return quote_under_verb or relation(doc, speech_verb) == ("parataxis", quoted_verb)


def test_it_finds_the_subject_of_the_speech_verb():
    doc = syntax.parse("The foreign minister said the talks had failed.")
    assert relation(doc, "minister") == ("nsubj", "said")
    assert relation(doc, "failed") == ("ccomp", "said")
    assert relation(doc, "talks") == ("nsubj", "failed")


def test_it_attaches_an_inverted_speaker_and_their_apposition():
    doc = syntax.parse('"We will win," said Jane Smith, the party leader.')
    assert relation(doc, "Jane") == ("nsubj", "said")
    assert relation(doc, "Smith") == ("flat", "Jane")
    assert relation(doc, "leader") == ("appos", "Jane")
    assert reports(doc, "said", "win")


def test_it_reads_curly_quotes_and_a_titled_speaker():
    doc = syntax.parse(
        "“We will rebuild Kyiv,” President Volodymyr Zelenskyy of Ukraine said on Monday."
    )
    assert relation(doc, "Volodymyr") == ("nsubj", "said")
    assert relation(doc, "Zelenskyy") == ("flat", "Volodymyr")
    assert reports(doc, "said", "rebuild")


def test_tokens_keep_their_offsets_and_sentences_split():
    text = '"It is a disaster," he told reporters in Paris. The police arrived later.'
    doc = syntax.parse(text)
    assert [sentence.text for sentence in doc.sents] == [
        '"It is a disaster," he told reporters in Paris.',
        "The police arrived later.",
    ]
    assert relation(doc, "he") == ("nsubj", "told")
    assert all(text[token.idx : token.idx + len(token)] == token.text for token in doc)


def test_the_model_is_loaded_once():
    assert syntax.parser() is syntax.parser()
