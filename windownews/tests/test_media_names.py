"""The demo serves uploads itself: a name the file system refuses is a 404, not a 500."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["x" * 2000, "a/" * 1500 + "b", "%00.png", "nothing-here.jpg"])
def test_it_answers_404_for_a_file_it_cannot_have(client, name):
    assert client.get(f"/media/{name}").status_code == 404
