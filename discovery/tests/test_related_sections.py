"""Articles of one news section (science, crime, health...) are related though no word is shared."""

import numpy as np
import pytest

from discovery.related import compute_all
from discovery.scoring import term_counts
from discovery.sections import POLITICS, model, probabilities, section_vectors

pytestmark = pytest.mark.django_db(transaction=False)


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


def section_of(text):
    probs = probabilities(term_counts([text]))[0]
    return model()[3][int(np.argmax(probs))]


def test_it_reads_the_section_of_a_text():
    assert section_of("Astronomers discover a planet orbiting a distant star") == (
        "Science and technology"
    )
    assert section_of("Police arrest a man charged with murder after a stabbing") == (
        "Law and crime"
    )
    assert section_of("The striker scores twice as the club wins the cup final") == "Sports"


def test_politics_and_unknown_words_weigh_nothing():
    vectors = section_vectors(term_counts(["Parliament votes on the election law", "Zxqv blorf"]))
    politics = [model()[3].index(name) for name in POLITICS]
    assert not vectors[0, politics].any()
    assert not vectors[1].any()


def test_it_lists_an_article_of_the_same_section_first(make_article):
    # No word in common with either: only the section (science) tells them apart.
    fossil = make_article(
        "Feathered dinosaur described",
        topic="World",
        body=body("Palaeontologists describe the bones of a feathered dinosaur."),
    )
    make_article(
        "Telescope images a distant galaxy",
        topic="World",
        body=body("Astronomers image the galaxy with a new space telescope."),
    )
    make_article(
        "Singer releases a new album",
        topic="World",
        body=body("The pop star's album tops the music charts."),
    )
    compute_all()
    assert [a.title for a in fossil.related_articles()][0] == "Telescope images a distant galaxy"
