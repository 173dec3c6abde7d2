"""Odd but valid files import whole: a 5 MB post body, GUIDs used twice.

Apart from the bad-input tests, whose shared earlier import would be in these imports' way."""

from ingest.tests.wordpress import BLOCKS, THEME, run
from newsroom.models import ArticlePage


def test_it_imports_a_5_mb_post_body(db, tmp_path):
    body = ("<p>" + "word " * 200 + "</p>\n") * 5000
    path = tmp_path / "big.xml"
    text = BLOCKS.read_text()
    start = text.index("<content:encoded><![CDATA[") + len("<content:encoded><![CDATA[")
    path.write_text(text[:start] + body + text[start:])
    report = run(path)
    assert report.errors == []
    assert report.counts["posts"]["imported"] == report.counts["posts"]["in_file"]


def test_it_keeps_both_items_of_a_duplicate_guid(db, tmp_path):
    report = run(THEME)  # the theme export itself reuses GUIDs (WordPress.com made it)
    assert any(note.startswith("duplicate GUID") for note in report.notes)
    assert ArticlePage.objects.filter(title="Post Format: Video (YouTube)").exists()


def test_it_keeps_both_posts_of_a_duplicate_slug_each_at_its_old_address(db, client, tmp_path):
    from ingest.tests.wordpress import OLD, export, item

    first = item(1, "<p>One.</p>", post_name="same", link=f"{OLD}/2020/01/02/same/")
    second = item(2, "<p>Two.</p>", post_name="same", link=f"{OLD}/2021/03/04/same/")
    report = run(export(tmp_path, first, second))
    assert report.counts["posts"]["imported"] == 2
    for old, words in (("/2020/01/02/same/", "One."), ("/2021/03/04/same/", "Two.")):
        response = client.get(old)
        assert response.status_code == 301
        assert words in client.get(response.headers["Location"]).content.decode()


def test_it_reads_a_post_with_control_characters_xml_refuses(db, tmp_path):
    # Text pasted from a word processor: a vertical tab and a form feed, written into CDATA
    # as they are by WordPress, which makes the file not quite XML.
    from ingest.tests.wordpress import export, item

    path = export(tmp_path, item(1, "<p>Line\x0bone\x0c and two.</p>"))
    report = run(path)
    assert report.counts["posts"]["imported"] == 1
    page = ArticlePage.objects.get(external_id="wordpress:1")
    assert "Lineone and two." in page.body[0].value.source
