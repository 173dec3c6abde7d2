"""The seed article's page carries every element of the page it is modelled on, in order."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


class Outline(HTMLParser):
    """Collects tags with their attributes and the text they contain, in document order."""

    def __init__(self):
        super().__init__()
        self.tags = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def get_page(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_the_seed_elements_in_the_seed_order(client, seed_article):
    html = get_page(client, seed_article)
    markers = [
        'class="masthead"',
        "<h1",
        'class="kicker" href="/topics/russia-ukraine-war/"',
        'class="byline"',
        "<blockquote>",
        'id="sources-heading"',
        'class="show-more"',
        "Related Articles",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked",
        'href="#top"',
        'class="site-footer"',
    ]
    positions = [html.find(marker) for marker in markers]
    assert all(position >= 0 for position in positions), dict(zip(markers, positions, strict=True))
    assert positions == sorted(positions)


def test_it_has_a_single_h1_joining_kicker_and_headline(client, seed_article):
    html = get_page(client, seed_article)
    assert html.count("<h1") == 1
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1]
    assert re.sub(r"<[^>]+>", "", h1) == "Russia-Ukraine War: Ukraine may not join NATO – Zelenskyy"


def test_it_names_the_site_from_the_seed_file(client, seed_article):
    html = get_page(client, seed_article)
    assert re.search(
        r'<a class="site-name" href="/"><svg [^>]*role="img" aria-label="Global WindowNews"', html
    )
    assert "<title>Ukraine may not join NATO – Zelenskyy – Global WindowNews</title>" in html


def test_it_shows_byline_and_machine_readable_dates(client, seed_article):
    html = get_page(client, seed_article)
    assert 'rel="author" href="/authors/global-windownews-desk/"' in html
    assert '<time datetime="2022-03-16T09:00:00+00:00">' in html


def test_it_renders_quotes_with_their_speakers(client, seed_article):
    html = get_page(client, seed_article)
    figures = re.findall(r'<figure class="quote">.*?</figure>', html, re.S)
    assert len(figures) == 4
    assert "Vlodymyr Zelenskyy" in figures[0] and "Al Jazeera" in figures[0]
    assert "Joe Biden" in figures[3] and "Bipartisan Government Funding Bill" in figures[3]


def test_it_lists_sources_linking_out_with_noopener(client, seed_article):
    html = get_page(client, seed_article)
    sources = re.search(r'<section class="sources".*?</section>', html, re.S)[0]
    assert re.findall(r'<a href="([^"]+)" rel="noopener">([^<]+)</a>', sources) == [
        ("https://www.aljazeera.com/", "Al Jazeera"),
        ("https://www.rbc.ru/", "RBK"),
    ]


def test_show_more_is_a_real_button_hidden_until_script_needs_it(client, seed_article):
    html = get_page(client, seed_article)
    button = re.search(r"<button[^>]*show-more[^>]*>Show More</button>", html)[0]
    assert (
        'type="button"' in button
        and "aria-expanded" in button
        and 'aria-controls="article-body"' in button
    )
    # Without JavaScript the button stays hidden and the whole body is in the page.
    assert " hidden" in button
    assert "about three million people have fled" in html


def test_related_articles_are_other_articles_of_the_same_topic(client, seed_article, make_article):
    same = make_article("Kyiv talks continue", topic="Russia-Ukraine War")
    other = make_article("Cup final", topic="Sport")
    from discovery.related import (
        compute_all,
    )  # lists are stored by a task; make_article sends no publish signal

    compute_all()
    html = get_page(client, seed_article)
    related = html[html.find("Related Articles") :]
    assert same.title in related
    assert other.title not in related


def test_the_comment_form_is_labelled(client, seed_article):
    html = get_page(client, seed_article)
    for field_id, label in (
        ("id_comment", "Comment"),
        ("id_name", "Name"),
        ("id_email", "Email"),
        ("id_url", "Website"),
    ):
        assert re.search(rf'<label for="{field_id}">{label}', html), label
        assert f'id="{field_id}"' in html


def test_imported_articles_carry_their_credit_line_in_the_footer(client, make_article):
    from newsroom.models import Licence

    licence = Licence.objects.create(
        name="Wikinews", credit_template="From {link}, licensed CC BY 2.5; text cleaned."
    )
    article = make_article(
        "Imported", licence=licence, source_url="https://en.wikinews.org/wiki/Imported"
    )
    html = get_page(client, article)
    footer = html[html.find('class="site-footer"') :]
    assert (
        'From <a href="https://en.wikinews.org/wiki/Imported" rel="noopener">Wikinews</a>, '
        "licensed CC BY 2.5; text cleaned." in footer
    )
