"""What rendering an article's comments costs on a cache miss, before and after the one-pass
renderer, side by side in one run.

    uv run python bench/comment_render.py [--repeat 30]

Builds a throw-away SQLite site in a temporary folder (the demo's seed article), gives it 30
and then 300 approved comments (every third a reply; comments per page raised so all of them
render), and times, median of --repeat runs each:

  list      the <ol class="comment-list"> alone, from the same Nodes
              before: the per-comment Django template with the format_html linkifier,
                      |date filters and {% url %} (comments/tests/reference_render.py)
              after:  comments.thread_html.comment_list (one pass, html.escape)
  section   the whole comment section of the article page, as a cache miss renders it:
            settings, the thread query, threading, the list and the form

Both versions' HTML is checked to be identical before anything is timed.
"""

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

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
    """-> {(what, version): zero-argument callable}, after checking both versions agree."""
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    from comments import thread_html
    from comments.tests import reference_render
    from comments.threads import threads

    request = RequestFactory().get(article.url, HTTP_HOST=article.get_site().hostname)
    _, _, nodes = threads(article, 1, 1000, 3)

    def section():
        return render_to_string("comments/section.html", {"article": article}, request=request)

    def section_before():
        with mock.patch.object(thread_html, "comment_list", reference_render.render_list):
            return section()

    assert reference_render.render_list(nodes, True) == thread_html.comment_list(nodes, True), (
        "list HTML differs"
    )
    stamp = 'name="rendered" value="'
    assert section().split(stamp)[0] == section_before().split(stamp)[0], "section HTML differs"
    return {
        ("list", "before"): lambda: reference_render.render_list(nodes, True),
        ("list", "after"): lambda: thread_html.comment_list(nodes, True),
        ("section", "before"): section_before,
        ("section", "after"): section,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wn-comment-render-") as data_dir:
        setup_django(data_dir)
        article = seed_article()
        print(f"{'comments':>8} {'what':<8} {'before ms':>10} {'after ms':>10} {'ratio':>8}")
        for total in (30, 300):
            add_comments(article, total)
            timed = median_ms(contenders(article), args.repeat)
            for what in ("list", "section"):
                before, after = timed[what, "before"], timed[what, "after"]
                print(
                    f"{total:>8} {what:<8} {before:>10.2f} {after:>10.2f} {before / after:>7.1f}x"
                )
    print(
        f"(median of {args.repeat} interleaved renders each, load average {os.getloadavg()[0]:.1f}; HTML identical before and after)"
    )


if __name__ == "__main__":
    main()
