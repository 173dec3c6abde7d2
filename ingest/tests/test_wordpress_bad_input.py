"""Bad files get a clear error naming the line or item, and lose nothing imported before."""

import pytest

from ingest.tests.wordpress import BLOCKS, LAUGHS, THEME, rolled_back_at_end, run
from ingest.wordpress.parse import ExportError
from newsroom.models import ArticlePage


@pytest.fixture(scope="module")
def imported_once(django_db_setup, django_db_blocker):
    # Every refusal must leave this one earlier import as it was (and writes nothing itself).
    with rolled_back_at_end(django_db_blocker):
        run(BLOCKS)
        yield


@pytest.fixture
def earlier(imported_once, db):
    return ArticlePage.objects.count()


def refused(path, earlier, words):
    with pytest.raises(ExportError, match=words):
        run(path)
    assert ArticlePage.objects.count() == earlier


def test_it_refuses_a_truncated_file(earlier, tmp_path):
    path = tmp_path / "cut.xml"
    path.write_bytes(THEME.read_bytes()[:200_000])
    refused(path, earlier, r"line \d+: .*\(after \w+ \d+")


def test_it_refuses_xml_that_is_not_an_export(earlier, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>')
    refused(path, earlier, "not a WordPress export")


def test_it_refuses_a_billion_laughs(earlier, tmp_path):
    path = tmp_path / "laughs.xml"
    path.write_text(LAUGHS)
    refused(path, earlier, "DTD")


def test_it_refuses_invalid_utf8(earlier, tmp_path):
    path = tmp_path / "bad.xml"
    path.write_bytes(THEME.read_bytes().replace(b"Markup: Image Alignment", b"Markup \xff\xfe"))
    refused(path, earlier, r"line \d+")
