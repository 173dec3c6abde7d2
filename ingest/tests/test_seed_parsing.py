"""The flagship article is parsed from the seed file exactly as the seed page shows it."""

from ingest.seed import PAGE_CONTROLS, Quote, load_seed, parse_seed

SAMPLE = """Global WindowNews

Elections: Count goes on: results due Friday

First paragraph \x0bwith a control character.

“We will wait for every vote,” Mr Okafor said, as Emeka Okafor, the commissioner, spoke to Reuters.

Last paragraph.

Show More

Related Articles

Leave a Reply
"""


def test_it_reads_site_name_topic_and_headline_from_the_first_two_lines():
    seed = load_seed()
    assert seed.site_name == "Global WindowNews"
    assert seed.topic == "Russia-Ukraine War"
    assert seed.headline == "Ukraine may not join NATO – Zelenskyy"


def test_it_splits_topic_and_headline_at_the_first_colon_only():
    seed = parse_seed(SAMPLE)
    assert (seed.topic, seed.headline) == ("Elections", "Count goes on: results due Friday")


def test_the_body_runs_until_the_page_controls():
    seed = load_seed()
    texts = [part.text if isinstance(part, Quote) else part for part in seed.body]
    assert texts[0].startswith("Vlodymyr Zelenskyy, Ukraine’s president, has said")
    assert texts[-1].endswith("in search of safety.")
    assert len(seed.body) == 14
    assert not any(text.startswith(PAGE_CONTROLS) or "Leave a Reply" in text for text in texts)
    assert [part for part in parse_seed(SAMPLE).body if not isinstance(part, Quote)][
        -1
    ] == "Last paragraph."


def test_quotes_keep_their_speaker_and_outlet():
    quotes = [part for part in load_seed().body if isinstance(part, Quote)]
    assert [quote.speaker for quote in quotes] == ["Vlodymyr Zelenskyy"] * 3 + ["Joe Biden"]
    assert quotes[0].text.startswith("Ukraine is not a member of NATO")
    assert quotes[0].source == "Al Jazeera"
    assert quotes[3].attribution == "Mr Biden wrote on Twitter."


def test_sources_are_the_outlets_the_text_names():
    assert load_seed().sources == [
        ("Al Jazeera", "https://www.aljazeera.com/"),
        ("RBK", "https://www.rbc.ru/"),
    ]
    assert parse_seed(SAMPLE).sources == [("Reuters", "https://www.reuters.com/")]


def test_control_characters_are_stripped():
    seed = parse_seed(SAMPLE)
    assert seed.body[0] == "First paragraph with a control character."
