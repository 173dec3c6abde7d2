"""Publishing an article extracts its quotes in a task, after commit."""

from entities.models import Quote


def test_it_extracts_quotes_when_an_article_is_published(
    make_article, django_capture_on_commit_callbacks
):
    article = make_article("Port reopens", live=False)
    article.body = [
        (
            "paragraph",
            '<p>Harbour master Ola Berg said, "Ships can come in again from Friday."</p>',
        )
    ]
    revision = article.save_revision()
    assert not Quote.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()

    quote = Quote.objects.get(article=article)
    assert quote.text == "Ships can come in again from Friday."
    assert quote.speaker.name == "Ola Berg"
