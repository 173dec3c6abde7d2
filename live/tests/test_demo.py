"""The demo shows live coverage at once, and `windownews live-tick` posts to it."""

import pytest

from ingest.live_demo import FIRST_ENTRIES, SLUG, ensure_live_page, tick
from ingest.loader import load_demo
from live.models import LivePage

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_live_page_with_credited_entries_and_ticks(client, site_tree):
    load_demo()
    page = LivePage.objects.get(slug=SLUG)
    assert ensure_live_page() == page  # loading again adds nothing
    entries = page.entries.all()
    assert entries.count() == FIRST_ENTRIES + 2  # the corpus stories and two seed quotes
    assert entries.filter(licence__isnull=False).count() == FIRST_ENTRIES
    html = client.get("/").content.decode()
    assert 'class="live-badge">Live</span>' in html and page.url in html
    page_html = client.get(page.url).content.decode()
    assert "licensed CC BY" in page_html and "Full story" in page_html
    entry = tick()
    assert entry.seq == page.entries.count() and entry.source_url
    assert tick().source_url != entry.source_url
