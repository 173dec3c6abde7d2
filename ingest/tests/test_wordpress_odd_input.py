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
