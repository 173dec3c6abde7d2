"""Editors see the suggested quotes in the admin and confirm or reject them."""

from django.core.management import call_command

from entities.models import Quote


def test_it_lets_an_editor_confirm_a_suggested_quote(client, editor, make_article):
    article = make_article(
        "Port reopens",
        body=[("paragraph", '<p>Harbour master Ola Berg said, "Ships come in from Friday."</p>')],
    )
    call_command("extract_quotes")
    quote = Quote.objects.get(article=article)
    client.force_login(editor)

    listing = client.get("/admin/snippets/entities/quote/")
    assert listing.status_code == 200
    assert "Ships come in from Friday." in listing.text

    response = client.post(
        f"/admin/snippets/entities/quote/edit/{quote.pk}/",
        {"status": "confirmed", "speaker": quote.speaker_id},
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.status == Quote.Status.CONFIRMED


def test_the_listing_puts_the_least_certain_speakers_first(client, editor, make_article):
    make_article(
        "Bridge talks",
        body=[
            ("paragraph", "<p>Ana Silva met Bruno Costa and Maria Lopes in Lisbon.</p>"),
            (
                "paragraph",
                '<p>"Work starts in May," said Bruno Costa, the mayor. The talks went on late. '
                '"We will rebuild the bridge before winter," she said.</p>',
            ),
        ],
    )
    call_command("extract_quotes")
    certain, doubtful = Quote.objects.order_by("start")
    assert doubtful.confidence < certain.confidence
    client.force_login(editor)

    listing = client.get("/admin/snippets/entities/quote/").text

    assert listing.index("We will rebuild the bridge") < listing.index("Work starts in May")
