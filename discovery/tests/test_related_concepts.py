"""Articles on one subject are related though they share no name and few words (two crashes)."""

import numpy as np
import pytest

from discovery.concepts import concept_vectors
from discovery.related import compute_all
from discovery.scoring import term_counts

pytestmark = pytest.mark.django_db(transaction=False)

AIRLINER = "The passenger jet skidded off the runway on landing; the pilot survived."
HELICOPTER = "A military chopper crashed shortly after takeoff, killing its crew."
EARTHQUAKE = "A magnitude six tremor shakes the coast and buildings collapse."


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


def test_texts_on_one_subject_are_near_without_a_shared_word():
    fire, wildfire, quake, flood = concept_vectors(
        term_counts(
            [
                "Firefighters battle a blaze that gutted a hotel overnight.",
                "A wildfire burns thousands of hectares; residents evacuated as flames spread.",
                EARTHQUAKE,
                "Floods inundate villages after monsoon rains; rivers overflow.",
            ]
        )
    )
    near = (fire @ wildfire.T).toarray().item()
    assert near > 2 * max((fire @ other.T).toarray().item() for other in (quake, flood))


def test_unknown_words_give_no_concepts():
    vectors = concept_vectors(term_counts(["Zxqv blorf", AIRLINER]))
    assert vectors[0].nnz == 0
    assert vectors[1].nnz > 0
    assert np.isclose((vectors[1] @ vectors[1].T).toarray().item(), 1.0)


def test_it_lists_an_article_on_the_same_subject_first(make_article):
    # All three are disasters (one news section); only the subject, air crashes, decides.
    airliner = make_article("Airliner crash-lands", topic="World", body=body(AIRLINER))
    make_article("Earthquake strikes", topic="World", body=body(EARTHQUAKE))
    make_article("Helicopter goes down", topic="World", body=body(HELICOPTER))
    compute_all()
    assert [a.title for a in airliner.related_articles()][0] == "Helicopter goes down"
