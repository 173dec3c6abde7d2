"""The minimum time between showing the form and sending it cannot be skipped by leaving out or
garbling the signed stamp the page carries: that counts as too fast, and the form comes back
filled in with the message and a fresh stamp."""

import pytest
from django.core import signing

from comments.forms import STAMP_SALT
from comments.models import Comment
from comments.tests.conftest import fresh_stamp

pytestmark = pytest.mark.django_db

TOO_FAST = "That was very quick. Please check your comment and send it again."


def forged(article):
    return signing.dumps({"a": article.pk, "t": 0}, salt="not-our-salt", compress=True)


@pytest.mark.parametrize(
    "stamp",
    [
        lambda article: None,
        lambda article: "",
        lambda article: "garbage",
        lambda article: fresh_stamp(article)[:-3] + "xyz",
        forged,
        lambda article: signing.dumps({"a": article.pk + 1, "t": 0}, salt=STAMP_SALT),
        lambda article: "x" * 100_000,
    ],
    ids=["left out", "empty", "garbage", "bad signature", "other salt", "other article", "huge"],
)
def test_it_sends_a_post_without_a_valid_stamp_back_as_too_fast(post, article, stamp):
    response = post(article, rendered=stamp(article), typing="42", comment="Kept text")
    html = response.content.decode()
    assert response.status_code == 400
    assert TOO_FAST in html and "Kept text" in html
    assert 'name="rendered" value="' in html  # a new stamp: sending it again later works
    assert Comment.objects.count() == 0


def test_it_accepts_the_stamp_the_page_gave_once_a_person_could_have_typed(post, article):
    assert post(article, seconds_ago=5, typing="4.5").status_code == 303


def test_it_sends_back_a_form_typed_faster_than_a_person_can(post, article):
    response = post(article, seconds_ago=60, typing="0.4", comment="Kept text")
    assert response.status_code == 400 and TOO_FAST in response.content.decode()
