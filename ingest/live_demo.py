"""The demo's live page: the war's story-line followed live, entries written from the corpus.

Each entry is a corpus article's opening, credited as its licence asks and linked to the full
story on this site; the seed article's quotes become quote entries. `windownews live-tick`
posts the next one now, so a newcomer can watch updates reach an open page."""

from datetime import UTC, datetime, time, timedelta

from django.utils import timezone
from django.utils.html import escape
from wagtail.rich_text import RichText

from ingest import corpus
from ingest.seed import Quote, load_seed
from live.models import LiveEntry, LiveEntryRevision, LivePage
from newsroom.models import ArticlePage, Author, Licence, NewsIndexPage, TopicPage

TOPIC = "Russia-Ukraine War"
SLUG = "russia-ukraine-war-live"
DESK = "Global WindowNews Desk"
FIRST_ENTRIES = 12


def war_stories():
    """The corpus's war stories (Wikinews and Global Voices) the demo loaded, oldest first."""
    everything = corpus.wikinews() + corpus.global_voices()
    stories = [item for item in everything if item.topic == TOPIC and item.paragraphs]
    loaded = dict(
        ArticlePage.objects.filter(external_id__in=[s.external_id for s in stories]).values_list(
            "external_id", "url_path"
        )
    )
    stories = [story for story in stories if story.external_id in loaded]
    return sorted(stories, key=lambda story: story.date), loaded


def entry_body(story, url_path):
    link = "/" + url_path.split("/", 2)[-1]  # the site-relative URL of our copy
    html = (
        f"<p><b>{escape(story.title)}</b></p><p>{escape(story.paragraphs[0])}</p>"
        f'<p><a href="{escape(link)}">Full story</a></p>'
    )
    return [("paragraph", RichText(html))]


def licence_for(story):
    name, template = corpus.CREDITS[story.credit]
    return Licence.objects.get_or_create(name=name, credit_template=template)[0]


def post_story(page, story, url_path, when, author):
    entry = LiveEntry(
        page=page,
        posted_at=when,
        author=author,
        licence=licence_for(story),
        source_url=story.url,
    )
    entry.body = entry_body(story, url_path)
    return entry.record(LiveEntryRevision.Action.POSTED, None)


def post_quote(page, quote, when, author):
    entry = LiveEntry(page=page, posted_at=when, author=author)
    value = {"text": quote.text, "speaker": quote.speaker, "source": quote.source, "context": ""}
    entry.body = [("quote", value)]
    return entry.record(LiveEntryRevision.Action.POSTED, None)


def ensure_live_page():
    """Create the demo's live page and its first entries, once."""
    existing = LivePage.objects.filter(slug=SLUG).first()
    if existing is not None:
        return existing
    stories, loaded = war_stories()
    first = stories[-FIRST_ENTRIES:]
    start = datetime.combine(first[0].date, time(8, 0), tzinfo=UTC) if first else timezone.now()
    page = LivePage(
        title="Live updates from the war",  # the topic is its kicker
        slug=SLUG,
        topic=TopicPage.objects.get(title=TOPIC),
        standfirst="The war's developments as they are reported, newest first.",
        coverage_start=start,
    )
    NewsIndexPage.objects.get().add_child(instance=page)
    author = Author.objects.get_or_create(name=DESK)[0]
    for number, story in enumerate(first):
        when = datetime.combine(story.date, time(12, 0), tzinfo=UTC) + timedelta(minutes=number)
        post_story(page, story, loaded[story.external_id], when, author)
    quotes = [part for part in load_seed().body if isinstance(part, Quote)][:2]
    for number, quote in enumerate(quotes):
        post_quote(page, quote, start + timedelta(minutes=number), author)
    page.key_points = "<ul>" + "".join(f"<li>{escape(s.title)}</li>" for s in first[-3:]) + "</ul>"
    page.save_revision().publish()
    return page


def tick():
    """Post the next war story not yet on the live page (the oldest again when all are)."""
    page = LivePage.objects.get(slug=SLUG)
    stories, loaded = war_stories()
    used = set(page.entries.values_list("source_url", flat=True))
    story = next((s for s in reversed(stories) if s.url not in used), stories[0])
    author = Author.objects.get_or_create(name=DESK)[0]
    return post_story(page, story, loaded[story.external_id], timezone.now(), author)
