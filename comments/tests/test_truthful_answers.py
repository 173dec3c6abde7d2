"""Once a comment is committed the reader is told it was posted, even when what comes after the
commit fails: the page-cache purge, working out the comment's page, the moderators' email."""

import pytest

from comments import threads
from comments.models import Comment
from comments.signals import comments_changed

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def purge_fails():
    def broken_purge(sender, article, **kwargs):
        raise ConnectionError("the cache server went away")

    comments_changed.connect(broken_purge, dispatch_uid="broken-purge")
    yield
    comments_changed.disconnect(dispatch_uid="broken-purge")


@pytest.mark.usefixtures("purge_fails", "rules_alone")
def test_it_says_posted_when_the_purge_fails(post, article):
    response = post(article, comment="Saved, whatever the cache says.")
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}#comment-{comment.pk}"


@pytest.mark.usefixtures("rules_alone")
def test_it_sends_the_reader_to_the_article_when_the_comments_page_is_unknown(
    post, article, monkeypatch
):
    def no_page(*args, **kwargs):
        raise threads.Comment.DoesNotExist("the parent vanished meanwhile")

    monkeypatch.setattr(threads, "page_of", no_page)
    response = post(article, comment="Saved, whatever the page.")
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}#comment-{comment.pk}"


@pytest.mark.usefixtures("rules_alone")
def test_it_says_held_when_the_moderators_email_cannot_be_queued(post, article, monkeypatch):
    from comments import posting

    def queue_down(comment_id):
        raise ConnectionError("no task queue")

    monkeypatch.setattr(posting, "notify_moderators", queue_down)
    response = post(article, comment="See https://a.example and https://b.example")
    assert response.status_code == 303
    assert response["Location"].startswith("/comments/posted/")
    assert Comment.objects.get().state == "pending"
