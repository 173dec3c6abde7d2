"""No raw [shortcode] or <!-- wp: --> reaches a page; core markup becomes our blocks."""

import re

import pytest

from ingest.tests.wordpress import BLOCKS, THEME, run, uploads
from ingest.wordpress.content import convert
from ingest.wordpress.links import Links
from newsroom.models import ArticlePage, StandardPage

RAW = re.compile(r"<!--\s*/?wp:|\[/?(caption|gallery|embed|audio|video)[\s\]]")


def kinds(content):
    blocks, notes = convert(content, Links({"old.example"}))
    return [kind for kind, _ in blocks], notes


def test_it_turns_gutenberg_markup_into_blocks(db):
    found, _ = kinds(
        "<!-- wp:heading --><h2>Title</h2><!-- /wp:heading -->"
        "<!-- wp:paragraph --><p>Text</p><!-- /wp:paragraph -->"
        "<!-- wp:separator --><hr/><!-- /wp:separator -->"
        '<!-- wp:quote --><blockquote class="wp-block-quote"><p>Said</p><cite>Ann</cite>'
        "</blockquote><!-- /wp:quote -->"
        '<!-- wp:embed {"url":"https://youtu.be/x"} --><figure class="wp-block-embed">'
        '<div class="wp-block-embed__wrapper">https://youtu.be/x</div></figure><!-- /wp:embed -->'
    )
    assert found == ["heading", "paragraph", "separator", "quote", "embed"]


def test_it_turns_classic_text_and_shortcodes_into_blocks(db):
    found, notes = kinds(
        "One line\nnext line\n\nSecond paragraph\n\n"
        "[embed]https://www.youtube.com/watch?v=x[/embed]\n\n"
        '[audio mp3="https://old.example/a.mp3"]\n\n[unknown_thing a="b"]kept[/unknown_thing]'
    )
    # The audio file was not imported (no uploads here): a page plays only its own media.
    assert found == ["paragraph", "paragraph", "embed", "paragraph", "paragraph"]
    assert "shortcode [unknown_thing]" in notes
    assert "audio file not imported: kept as a link" in notes


@pytest.mark.parametrize("export", [THEME, BLOCKS], ids=["theme", "blocks"])
def test_it_leaves_no_shortcode_or_block_comment_on_any_page(db, client, tmp_path, export):
    run(export, uploads(tmp_path))
    pages = list(ArticlePage.objects.live().public()) + list(StandardPage.objects.live().public())
    assert pages
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert not RAW.search(response.content.decode()), page.url


def test_it_drops_more_and_nextpage_markers_keeping_the_text_around_them(db):
    blocks, _ = convert(
        "Teaser line\n\n<!--more Read on-->\n\nThe rest\n\n<!--nextpage-->\n\nPage two",
        Links({"old.example"}),
    )
    assert blocks == [
        ("paragraph", "<p>Teaser line</p>"),
        ("paragraph", "<p>The rest</p>"),
        ("paragraph", "<p>Page two</p>"),
    ]


def test_it_reads_every_spelling_of_the_classic_caption(db):
    blocks, _ = convert(
        '[caption id="attachment_6" align="alignright" width="300" caption="Old style"]'
        '<img src="https://elsewhere.example/a.jpg" alt="A">[/caption]\n\n'
        '[caption width="300"]<a href="#"><img src="https://elsewhere.example/b.jpg" alt="B">'
        "</a> New <em>style</em>[/caption]\n\n"
        '[wp_caption width="300"]<img src="https://elsewhere.example/c.jpg" alt="C"> Oldest'
        "[/wp_caption]",
        Links({"old.example"}),
    )
    # The files are not imported here: each image is kept as its caption, none is lost.
    assert blocks == [
        ("paragraph", "<p>Old style</p>"),
        ("paragraph", "<p>New style</p>"),
        ("paragraph", "<p>Oldest</p>"),
    ]
