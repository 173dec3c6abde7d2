"""The one-pass comment list renders exactly what the per-comment template rendered, for the
payload catalogue, the design traps and nested threads, so its escaping is the template's."""

from datetime import timedelta

import pytest
from django.utils import timezone

from comments import plaintext, thread_html
from comments.tests import reference_render
from comments.tests.conftest import approved_thread
from comments.tests.test_bad_input import SEVENTY_FIVE_KB
from comments.tests.xss_payloads import PAYLOADS
from comments.threads import threads

pytestmark = pytest.mark.django_db

ODD_TEXT = [
    "<a" * 1000,
    SEVENTY_FIVE_KB,
    "https://" * 500,
    "\n\n" * 300 + "end",
    "See https://example.org/a_(b)?q=1&r=2. Or http://x.example!\nnext line\r\n\r\nnew 'para' \"quoted\"",
    "Zoë Ω 🦉 عربي שלום 名前 & <b>",
]


@pytest.fixture
def many(article):
    start = timezone.now() - timedelta(days=2)
    # Every month, day and hour, for the date formats.
    return approved_thread(
        article,
        PAYLOADS + ODD_TEXT,
        lambda i: start - timedelta(days=37 * i, hours=i, minutes=7 * i),
    )


@pytest.mark.parametrize("open_for_replies", [True, False])
@pytest.mark.parametrize("depth", [1, 3])
def test_it_matches_the_template_byte_for_byte(many, open_for_replies, depth):
    _, _, nodes = threads(many, 1, 500, depth)
    assert len(nodes) == len(PAYLOADS) + len(ODD_TEXT)
    assert thread_html.comment_list(nodes, open_for_replies) == reference_render.render_list(
        nodes, open_for_replies
    )


def test_it_renders_an_empty_list_like_the_template():
    assert thread_html.comment_list([], True) == reference_render.render_list([], True)


def test_plain_text_matches_the_format_html_version():
    for text in PAYLOADS + ODD_TEXT:
        assert plaintext.render(text) == reference_render.reference_text(text)
