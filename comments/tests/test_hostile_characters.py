"""Control characters in a comment never reach the database (the site-wide input cleaning in
windownews/input_text.py): the comment is taken, and the page and feeds that show it stay 200."""

import pytest

from comments.models import Comment

pytestmark = pytest.mark.django_db


def test_control_characters_are_stripped_from_a_posted_comment(client, post, article):
    response = post(article, name="Ada\x00\x1b", comment="Rain\x0b all\x00 night.\nStill raining.")
    assert response.status_code < 400, response.status_code
    comment = Comment.objects.get(article=article)
    assert (comment.name, comment.body) == ("Ada", "Rain all night.\nStill raining.")
    comment.state = "approved"
    comment.save()
    assert client.get(article.url).status_code == 200
    assert client.get("/feeds/rss/").status_code == 200
