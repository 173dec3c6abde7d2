"""What rendering an article's comments costs on a cache miss, in one run.

    uv run python bench/comment_render.py [--repeat 30]

Builds a throw-away SQLite site in a temporary folder (the demo's seed article), gives it 30
and then 300 approved comments (every third a reply; comments per page raised so all of them
render), and times, median of --repeat runs each:

  list      the <ol class="comment-list"> alone (templates/comments/comment_list.html)
  section   the whole comment section of the article page, as a cache miss renders it:
            settings, the thread query, threading, the list and the form
  traps     the list of six DESIGN.md trap comments ('<a' * 1000, 75 KB, ...), 6 comments

The page cache keeps the section as a shared fragment, so this is paid once per change of an
article's comments, not per reader. Beside each figure: the one-pass f-string renderer the
template replaced (issue #15), as the same bench measured it on this machine (52bb43d).
"""

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(data_dir):
    os.environ["WINDOWNEWS_DATA_DIR"] = data_dir
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    logging.getLogger("pagecache").setLevel(logging.WARNING)  # a purge line per comment added


def seed_article():
    from comments.models import CommentSettings
    from ingest.loader import SEED_EXTERNAL_ID, load_demo
    from newsroom.models import ArticlePage

    load_demo(include_corpus=False)
    article = ArticlePage.objects.get(external_id=SEED_EXTERNAL_ID)
    CommentSettings.objects.update_or_create(site=article.get_site(), defaults={"per_page": 1000})
    return article


def add_comments(article, total):
    from comments.models import Comment

    have = Comment.objects.filter(article=article).count()
    parent = Comment.objects.filter(article=article).order_by("-pk").first()
    for number in range(have, total):
        body = f"Comment {number}: a considered paragraph about the talks, with a source https://example.org/report-{number}.\n\n"
        parent = Comment.objects.create(
            article=article,
            parent=parent if number % 3 == 2 else None,
            name=f"Reader {number} & co",
            email=f"reader{number}@example.invalid",
            url="https://reader.example/blog" if number % 4 == 0 else "",
            body=body + "A second paragraph, <with> 'quotes' & an ampersand. " * 3,
            state=Comment.State.APPROVED,
        )


def median_ms(runs, repeat):
    """{key: callable} -> {key: median ms}. The contenders take turns in every round, so a
    burst of load on this shared machine falls on all of them alike."""
    for run in runs.values():
        run()  # warm: imports, template loading, the first query
    times = {key: [] for key in runs}
    for _ in range(repeat):
        for key, run in runs.items():
            started = time.perf_counter()
            run()
            times[key].append(time.perf_counter() - started)
    return {key: 1000 * statistics.median(values) for key, values in times.items()}


def contenders(article):
    """-> {what: zero-argument callable}."""
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    from comments.threads import threads

    request = RequestFactory().get(article.url, HTTP_HOST=article.get_site().hostname)
    _, _, nodes = threads(article, 1, 1000, 3)
    return {
        "list": lambda: render_to_string(
            "comments/comment_list.html", {"nodes": nodes, "open": True}
        ),
        "section": lambda: render_to_string(
            "comments/section.html", {"article": article}, request=request
        ),
    }


TRAPS = (
    "<a" * 1000,
    ("word " * 15_000)[:75_000],
    "<" * 5000,
    "https://" * 2000,
    "\n\n" * 3000 + "end",
    "https://a.example/" + "(" * 4000 + ")" * 4000,
)


def traps():
    """The DESIGN.md traps as a list of comments (unsaved: only their rendering is measured)."""
    from django.template.loader import render_to_string
    from django.utils import timezone

    from comments.models import Comment
    from comments.threads import Node

    nodes = [
        Node(
            Comment(pk=n, name="<a" * 50, body=body, created_at=timezone.now()),
            False,
            range(0),
            True,
        )
        for n, body in enumerate(TRAPS, 1)
    ]
    return lambda: render_to_string("comments/comment_list.html", {"nodes": nodes, "open": True})


# The one-pass f-string renderer (comments/thread_html.py until issue #15), median ms as this
# bench measured it at 52bb43d on this machine (2026-12-05, load average 19; median of 15).
ONE_PASS = {
    (30, "list"): 0.87,
    (30, "section"): 71.97,
    (300, "list"): 121.87,
    (300, "section"): 244.59,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wn-comment-render-") as data_dir:
        setup_django(data_dir)
        article = seed_article()
        print(f"{'comments':>8} {'what':<8} {'template ms':>12} {'one-pass ms':>12} {'ratio':>8}")
        for total in (30, 300):
            add_comments(article, total)
            timed = median_ms(contenders(article), args.repeat)
            for what, ms in timed.items():
                before = ONE_PASS[total, what]
                print(f"{total:>8} {what:<8} {ms:>12.2f} {before:>12.2f} {ms / before:>7.1f}x")
        trap_ms = median_ms({"traps": traps()}, args.repeat)["traps"]
        print(f"{6:>8} {'traps':<8} {trap_ms:>12.2f} {'':>12} {'(goal < 100 ms)':>8}")
    print(
        f"(median of {args.repeat} interleaved renders each, load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
