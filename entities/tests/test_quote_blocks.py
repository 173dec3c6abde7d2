"""A structured quote block is ground truth: its speaker is stored as the editor wrote it."""

from django.core.management import call_command

from entities.models import Quote
from entities.text import plain_text


def test_a_quote_block_is_stored_with_its_speaker(make_article):
    block = {
        "text": "We will rebuild\nthe bridge by spring.",
        "speaker": "Ana Silva",
        "source": "Harbour Radio",
        "context": "told Harbour Radio",
    }
    body = [
        ("paragraph", "<p>The mayor spoke after the storm.</p>"),
        ("quote", block),
        ("paragraph", '<p>"It will cost less than we feared," said engineer Bo Lind.</p>'),
    ]
    article = make_article("Storm damage", body=body)

    call_command("extract_quotes", str(article.pk))

    text = plain_text(article)
    first, second = Quote.objects.filter(article=article).order_by("start")
    assert first.text == "We will rebuild the bridge by spring."
    assert text[first.start : first.end] == first.text
    assert (first.speaker.name, first.confidence) == ("Ana Silva", 1.0)
    assert second.speaker.name == "Bo Lind"
