import pytest


@pytest.fixture
def live_page(site_tree):
    """A published live page on the war's story-line, with no entries."""
    from live.models import LivePage

    page = LivePage(
        title="Russia-Ukraine War: live",
        slug="war-live",
        topic=site_tree["topics"]["Russia-Ukraine War"],
        standfirst="Every development as it happens.",
        key_points="<ul><li>Talks resume in Istanbul.</li></ul>",
    )
    site_tree["news"].add_child(instance=page)
    page.save_revision().publish()
    return LivePage.objects.get(pk=page.pk)


@pytest.fixture
def post(live_page, django_capture_on_commit_callbacks):
    """post("text", **fields) -> a LiveEntry recorded as the composer records it."""
    from django.template.defaultfilters import linebreaks_filter
    from wagtail.rich_text import RichText

    from live.models import LiveEntry, LiveEntryRevision

    def make(text, page=None, **fields):
        entry = LiveEntry(page=page or live_page, **fields)
        entry.body = [("paragraph", RichText(linebreaks_filter(text)))]
        with django_capture_on_commit_callbacks(execute=True):  # the purge runs after commit
            return entry.record(LiveEntryRevision.Action.POSTED, None)

    return make


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """with committed(): ... runs what waits for the commit (the purges) at the block's end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
