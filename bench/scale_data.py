"""100,000 synthetic-but-realistic articles in PostgreSQL, loaded with COPY in a couple of minutes.

Shared by bench/related_scale.py and bench/search_latency.py. Each size has its own database
(windownews_scale_1k, windownews_scale_100k ... on 127.0.0.1:5432, or SCALE_DATABASE_URL plus
that suffix), kept between runs: load once, and every later benchmark run reuses it.

Realistic: each synthetic article retells one of the 483 real corpus articles (its story):
a variant of its headline, a few of its sentences mixed with sentences of other articles of the
same topic, its topic and up to three of its labels as tags, a publication time spread over
2018-2022. Pages are real Wagtail pages (rows in wagtailcore_page and newsroom_articlepage with
tree paths), and each gets a full-text index entry built in SQL the way Wagtail's Postgres
backend builds it (title weight A, body fields weight by their boost), so the site's own
views and search run against them unchanged.
"""

import json
import os
import random
import re
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BASE_URL = os.environ.get(
    "SCALE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/windownews_scale"
)
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's path alphabet, 4 characters a step
PREFIXES = ["", "", "", "Update: ", "Analysis: ", "Live: ", "Explainer: ", "Opinion: "]
SPAN_START = datetime(2018, 1, 1, tzinfo=UTC)
SPAN_DAYS = 4 * 365


def database_url(size):
    return f"{BASE_URL}_{size // 1000}k" if size >= 1000 else f"{BASE_URL}_{size}"


def setup_django(size):
    """Point Django at the scale database of `size`
    articles (created when missing) and migrate it."""
    import psycopg

    url = database_url(size)
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    os.environ.pop("REDIS_URL", None)  # renders are timed without any page cache in between
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    # Templates link static files by name; the hashed manifest would need collectstatic first.
    plain = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    override_settings(STORAGES=plain).enable()

    call_command("migrate", interactive=False, verbosity=0)


def site():
    from ingest import corpus
    from ingest.loader import ensure_sections, ensure_topic

    tree = ensure_sections("Global WindowNews")
    topics = tree["topics"]
    topics[corpus.FALLBACK_TOPIC[0]] = ensure_topic(tree["topics_index"], *corpus.FALLBACK_TOPIC)
    return tree["news"], topics


def stories():
    from ingest import corpus

    items = corpus.wikinews() + corpus.global_voices()
    for item in items:
        item.sentences = (
            [s for p in item.paragraphs for s in re.split(r"(?<=[.!?])\s+", p) if len(s) > 30]
            or item.paragraphs
            or [item.title]
        )
    return items


def article_count():
    from newsroom.models import ArticlePage

    return ArticlePage.objects.count()


def fill_to(target, seed=7):
    """Add synthetic articles until the site has `target`; returns the seconds it took."""
    from django.db import connection, transaction
    from taggit.models import Tag

    have = article_count()
    if have >= target:
        return 0.0
    started = time.perf_counter()
    news, topics = site()
    items = stories()
    by_topic = {}
    for item in items:
        by_topic.setdefault(item.topic, []).append(item)
    tag_ids = {}
    for item in items:
        for label in item.tags[:3]:
            if label not in tag_ids:
                tag_ids[label] = Tag.objects.get_or_create(
                    name=label[:100], defaults={"slug": _slug(label)}
                )[0].pk
    template = _template_rows(news, topics)
    rng = random.Random(seed + have)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM wagtailcore_page")
        next_id = cursor.fetchone()[0] + 1
        cursor.execute(
            "SELECT max(path) FROM wagtailcore_page WHERE path LIKE %s AND depth = %s",
            [news.path + "%", news.depth + 1],
        )
        step = _decode(cursor.fetchone()[0][-4:]) + 1
        rows = [_synthetic(rng, items, by_topic, topics, next_id + n) for n in range(target - have)]
        _copy(
            cursor,
            "wagtailcore_page",
            template["page"],
            [_page_row(news, row, step + n) for n, row in enumerate(rows)],
        )
        _copy(
            cursor, "newsroom_articlepage", template["article"], [_article_row(row) for row in rows]
        )
        tagged = [(row["id"], tag_ids[label]) for row in rows for label in row["tags"]]
        with cursor.cursor.copy(
            "COPY newsroom_articletag (content_object_id, tag_id) FROM STDIN"
        ) as copy:
            for pair in tagged:
                copy.write_row(pair)
        cursor.execute(
            "UPDATE wagtailcore_page SET numchild = numchild + %s WHERE id = %s",
            [len(rows), news.pk],
        )
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('wagtailcore_page', 'id'), "
            "(SELECT max(id) FROM wagtailcore_page))"
        )
        _index(cursor, [row["id"] for row in rows])
        _terms(cursor, rows)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started


def _slug(label):
    from django.utils.text import slugify

    return slugify(label)[:90] or uuid.uuid4().hex[:12]


def _template_rows(news, topics):
    """Column values of one real article made through the ORM, for the columns COPY leaves alone."""
    from django.db import connection

    from ingest.loader import _unique_slug
    from newsroom.models import ArticlePage

    page = ArticlePage.objects.filter(slug="scale-template").first()
    if page is None:
        page = ArticlePage(
            title="Scale template",
            slug=_unique_slug(news, "scale-template"),
            topic=topics["World"],
            live=True,
        )
        page.body = [("paragraph", "<p>Template.</p>")]
        page.published_at = page.first_published_at = page.last_published_at = SPAN_START
        news.add_child(instance=page)
    template = {}
    with connection.cursor() as cursor:
        for name, table, key in (
            ("page", "wagtailcore_page", "id"),
            ("article", "newsroom_articlepage", "page_ptr_id"),
        ):
            cursor.execute(f"SELECT * FROM {table} WHERE {key} = %s", [page.pk])  # noqa: S608  (table names are literals above)
            template[name] = dict(
                zip([c.name for c in cursor.description], cursor.fetchone(), strict=True)
            )
    return template


def _synthetic(rng, items, by_topic, topics, pk):
    story = items[pk % len(items)]
    others = by_topic[story.topic]
    own = rng.sample(story.sentences, min(len(story.sentences), rng.randint(2, 5)))
    mixed = [rng.choice(rng.choice(others).sentences) for _ in range(rng.randint(2, 5))]
    sentences = own + mixed
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    when = SPAN_START + timedelta(minutes=rng.randrange(SPAN_DAYS * 24 * 60))
    title = f"{rng.choice(PREFIXES)}{story.title}"[:240]
    return {
        "id": pk,
        "title": title,
        "slug": f"{_slug(story.title)[:60]}-{pk}",
        "topic_id": topics[story.topic].pk,
        "when": when,
        "standfirst": story.sentences[0][:300] if rng.random() < 0.5 else "",
        "body": [
            {"type": "paragraph", "value": f"<p>{p}</p>", "id": str(uuid.uuid4())}
            for p in paragraphs
        ],
        "tags": story.tags[:3],
    }


def _page_row(news, row, step):
    return {
        "id": row["id"],
        "path": news.path + _encode(step),
        "depth": news.depth + 1,
        "numchild": 0,
        "title": row["title"],
        "draft_title": row["title"],
        "slug": row["slug"],
        "url_path": f"{news.url_path}{row['slug']}/",
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": row["when"],
        "last_published_at": row["when"],
        "latest_revision_created_at": row["when"],  # the admin lists show it as "Updated"
        "live_revision_id": None,
        "latest_revision_id": None,
        "translation_key": str(uuid.uuid4()),
    }


def _article_row(row):
    return {
        "page_ptr_id": row["id"],
        "standfirst": row["standfirst"],
        "body": json.dumps(row["body"]),
        "published_at": row["when"],
        "topic_id": row["topic_id"],
        "external_id": f"scale-{row['id']}",
    }


def _copy(cursor, table, template, rows):
    columns = list(template)
    with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[c] if c in row else template[c] for c in columns])


def _index(cursor, ids):
    """Full-text entries built in SQL as Wagtail's Postgres backend builds them."""
    from django.contrib.contenttypes.models import ContentType

    from newsroom.models import ArticlePage

    content_type = ContentType.objects.get_for_model(ArticlePage).pk
    body_text = (
        "coalesce((SELECT string_agg(b->>'value', ' ') FROM jsonb_array_elements(a.body) b), '')"
    )
    cursor.execute(
        f"""
        INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title, autocomplete,
            body, title_norm, title_text, body_text)
        SELECT %s, p.id::text,
               setweight(to_tsvector(p.title), 'A'),
               setweight(to_tsvector('simple', p.title), 'D'),
               setweight(to_tsvector(a.standfirst), 'A')
                 || setweight(to_tsvector(regexp_replace({body_text}, '<[^>]+>', ' ', 'g')), 'A')
                 || setweight(to_tsvector(t.title), 'A'),
               1.0, p.title, a.standfirst || ' ' || regexp_replace({body_text}, '<[^>]+>', ' ', 'g')
        FROM wagtailcore_page p
        JOIN newsroom_articlepage a ON a.page_ptr_id = p.id
        JOIN wagtailcore_page t ON t.id = a.topic_id
        WHERE p.id BETWEEN %s AND %s
        ON CONFLICT (content_type_id, object_id) DO NOTHING
        """,  # noqa: S608  (only literal SQL is interpolated)
        [content_type, min(ids), max(ids)],
    )


def _terms(cursor, rows, batch=5000):
    """Each article's term counts and keywords, as the publish task stores them
    (discovery.ArticleTerms, discovery.ArticleKeywords); the keywords are weighed with the IDF of
    their batch of 5,000."""
    from discovery.documents import article_text, body_text, day_of
    from discovery.related import keyword_text
    from discovery.scoring import fit_idf, keywords, pack, term_counts

    for start in range(0, len(rows), batch):
        part = rows[start : start + batch]
        counts = term_counts(
            [article_text(r["title"], r["standfirst"], body_text(r["body"])) for r in part]
        )
        with cursor.cursor.copy(
            "COPY discovery_articleterms (article_id, counts) FROM STDIN"
        ) as copy:
            for i, row in enumerate(part):
                copy.write_row((row["id"], pack(counts[i])))
        with cursor.cursor.copy(
            "COPY discovery_articlekeywords (article_id, keywords, day) FROM STDIN"
        ) as copy:
            for row, columns in zip(part, keywords(counts, fit_idf(counts)), strict=True):
                copy.write_row((row["id"], keyword_text(columns), day_of(row["when"])))


def ensure_search_entries():
    """discovery.SearchEntry rows, built as the site builds them (search_index.rebuild), for pages
    that COPY wrote without any save signal; once, a few minutes at 100k."""
    from django.db import connection

    from discovery import search_index
    from discovery.models import SearchEntry

    if SearchEntry.objects.count() < article_count():
        search_index.rebuild()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE discovery_searchentry")


def ensure_keywords():
    """Keywords for a database loaded before
    discovery.ArticleKeywords existed (once, ~1 minute at 100k)."""
    from django.db import connection

    from discovery import related
    from discovery.models import ArticleKeywords, ArticleTerms

    if ArticleKeywords.objects.count() < ArticleTerms.objects.count():
        related.rebuild_keywords()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE discovery_articlekeywords")


def _encode(number):
    digits = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        digits = ALPHABET[digit] + digits
    return digits


def _decode(text):
    value = 0
    for char in text:
        value = value * 36 + ALPHABET.index(char)
    return value
