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


def test_an_articles_quote_blocks_look_up_their_speakers_in_one_query(
    make_article, django_assert_num_queries
):
    from django.template import Context, Template

    from entities.models import Entity

    silva = Entity.for_name("Ana Silva", Entity.Kind.PERSON)
    zelenskyy = Entity.for_name("Volodymyr Zelenskyy", Entity.Kind.PERSON)
    Entity.for_name("Lisbon Port Authority", Entity.Kind.ORGANISATION)
    speakers = ["Ana Silva", "Zelensky", "A bystander", "Ana Silva", "LISBON PORT AUTHORITY"]
    quotes = [("quote", {"text": f"Words {n}.", "speaker": s}) for n, s in enumerate(speakers)]
    article = make_article("Five quotes", body=quotes)
    template = Template("{% load wagtailcore_tags %}{% include_block page.body %}")

    with django_assert_num_queries(1):
        html = template.render(Context({"page": article}))

    assert html.count(f'<a href="{silva.get_absolute_url()}">Ana Silva</a>') == 2
    assert f'<a href="{zelenskyy.get_absolute_url()}">Zelensky</a>' in html
    assert "— A bystander</span>" in html
    assert ">LISBON PORT AUTHORITY</a>" in html
