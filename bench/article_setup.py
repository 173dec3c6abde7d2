"""Bench helpers: the seed article with 30 approved comments, and what one render costs.

Run inside Django (DJANGO_SETTINGS_MODULE set): `prepare()` builds the database once,
`render_cost()` renders the article N times through the whole stack with the page cache
expired or purged before each, and reports server CPU and SQL queries per render.
"""

import time
from dataclasses import replace

COMMENTS = 30


def prepare() -> str:
    """Migrate, load the demo's seed article, give it 30 approved comments; return its path."""
    from django.core.management import call_command

    from ingest.loader import SEED_EXTERNAL_ID, load_demo
    from newsroom.models import ArticlePage

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    load_demo(include_corpus=False)
    article = ArticlePage.objects.get(external_id=SEED_EXTERNAL_ID)
    _approved_comments(article)
    return article.get_url()


def _approved_comments(article) -> None:
    from comments.models import Comment

    have = Comment.objects.filter(article=article, state=Comment.State.APPROVED).count()
    parent = None
    for number in range(have, COMMENTS):
        # Every third comment answers the one before it, so threads are drawn too.
        comment = Comment.objects.create(
            article=article,
            parent=parent if number % 3 == 2 else None,
            name=f"Reader {number}",
            email=f"reader{number}@example.invalid",
            body=(
                f"Comment {number}: a considered paragraph about the talks, "
                "long enough to look real. "
            )
            * 3,
            state=Comment.State.APPROVED,
        )
        parent = comment


def render_cost(path: str, renders: int = 40, change: str = "") -> dict:
    """CPU ms and SQL queries per render in this process, after what `change` says happened:
    "" the page's entry expired and is gone (shared fragments still valid); "stale" it expired
    and its copy is still kept to serve stale (PAGECACHE_STALE_SECONDS, as when readers or the
    page-file sweeper ask for it at once); "comments" a comment was approved (the comment
    section is rendered anew); "article" the article changed (the whole page is rendered anew)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from pagecache import store
    from pagecache.purge import purge_paths

    client = Client(HTTP_HOST="127.0.0.1")
    key = store.ENTRY + path + "?"
    client.get(path)  # imports, template loading and Site lookups happen once per process
    cpu = 0.0
    queries = 0
    for _ in range(renders):
        if change == "article":
            purge_paths([path])
        elif change == "comments":
            purge_paths([path], comments_only=[path])
        elif change == "stale" and (entry := cache.get(key)) is not None:
            cache.set(key, replace(entry, fresh_until=0.0), timeout=60)
        else:  # expired and gone (a page fresh until a timed change may have left already)
            cache.delete(key)
        store._local.clear()  # this process's copy of the fresh entry would answer otherwise
        with CaptureQueriesContext(connection) as captured:
            started = time.process_time()
            response = client.get(path)
            cpu += time.process_time() - started
        assert response.status_code == 200 and response["X-Cache"] == "MISS", response.status_code
        queries += len(captured)
    return {
        "cpu_ms": 1000 * cpu / renders,
        "queries": queries / renders,
        "bytes": len(response.content),
    }
