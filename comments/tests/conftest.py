import time

import pytest
from django.core import signing

from comments.forms import STAMP_SALT

ORIGIN = "http://testserver"


@pytest.fixture
def article(make_article):
    from django.utils import timezone

    return make_article("Commentable", published_at=timezone.now())


@pytest.fixture
def post(client):
    """post(article, **fields) -> response; a browser-like same-origin POST of the comment form."""

    def send(article, seconds_ago=60, headers=None, **fields):
        stamp = signing.dumps({"a": article.pk, "t": int(time.time() - seconds_ago)}, salt=STAMP_SALT, compress=True)
        data = {"article": article.pk, "comment": "A thoughtful remark.", "name": "Ada", "email": "ada@example.org", "url": ""}
        data.update(rendered=stamp, **fields)
        extra = {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "same-origin"}
        extra.update(headers or {})
        return client.post("/comments/post/", data, **extra)

    return send
