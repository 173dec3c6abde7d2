"""`extract_quotes` stores an article's quotes as suggestions and keeps editors' decisions."""

from django.core.management import call_command

from entities.models import Entity, Quote
from entities.text import plain_text

BODY = [
    ("heading", {"text": "Reactions", "level": "h2"}),
    ("paragraph", "<p>Mayor Ana Silva opened the new bridge on Monday.</p>"),
    (
        "paragraph",
        "<p>&quot;This bridge will carry ten thousand cars a day,&quot; Silva said. "
        "The <b>Harbour Authority</b> said the port would stay open.</p>",
    ),
]


def test_it_stores_the_quotes_of_an_article(make_article):
    article = make_article("Bridge opens", body=BODY)

    call_command("extract_quotes", str(article.pk))

    quote = Quote.objects.get(article=article)
    text = plain_text(article)
    assert quote.text == "This bridge will carry ten thousand cars a day,"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker.name == "Ana Silva"
    assert quote.speaker.kind == Entity.Kind.PERSON
    assert quote.status == Quote.Status.SUGGESTED
    assert list(Quote.objects.public()) == [quote]


def test_it_replaces_suggestions_but_keeps_decisions(make_article):
    article = make_article("Bridge opens", body=BODY)
    call_command("extract_quotes")
    Quote.objects.filter(article=article).update(status=Quote.Status.REJECTED)

    call_command("extract_quotes")

    assert Quote.objects.filter(article=article).count() == 1
    assert Quote.objects.get(article=article).status == Quote.Status.REJECTED
    assert Quote.objects.public().count() == 0
