"""Related articles at 1,000 and 100,000 articles on PostgreSQL.

    uv run python bench/related_scale.py [1000 100000]

For each size it loads synthetic articles (bench/scale_data.py, COPY), refits the corpus IDF on
a 5,000-article sample, then publishes new articles and times
  * "own list": computing and storing the new article's related list (candidates from its
    topic, its tags and a full-text query of its most distinctive words; goal <= 200 ms),
  * "with neighbours": the whole refresh task, which also offers it to its neighbours' lists,
and renders an article page (Wagtail's serve, no cache) to show render time does not grow
with the corpus. Medians of several runs; the machine's load is printed with them.
"""

import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_data

NEW_ARTICLES = 7
RENDERS = 30


def new_article(news, topics, story, n):
    from newsroom.models import ArticlePage

    when = datetime(2022, 3, 20, 12, tzinfo=UTC)
    page = ArticlePage(
        title=f"New: {story.title}"[:250],
        slug=f"scale-new-{n}-{time.time_ns()}",
        topic=topics[story.topic],
        body=[("paragraph", f"<p>{p}</p>") for p in story.paragraphs[:6]],
        published_at=when,
        first_published_at=when,
        last_published_at=when,
        live=True,
    )
    news.add_child(instance=page)
    page.tags.add(*[label[:100] for label in story.tags[:3]])
    page.save()
    return page


def time_related(news, topics, items):
    from discovery import documents, related
    from newsroom.models import ArticlePage

    own, full = [], []
    for n in range(NEW_ARTICLES):
        page = new_article(news, topics, items[(n * 37) % len(items)], n)
        doc = documents.load(ArticlePage.objects.filter(pk=page.pk))[0]
        started = time.perf_counter()
        scorer, scores = related.score_one(doc)
        related._replace({page.pk: scorer.pick(0, scores)})
        own.append(time.perf_counter() - started)
        started = time.perf_counter()
        related.refresh(page.pk)
        full.append(time.perf_counter() - started)
    # The first run pays for imports and cold caches; it is reported in the max, not the median.
    return page, statistics.median(own[1:]) * 1000, max(own) * 1000, statistics.median(full[1:]) * 1000


def time_render(page):
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    factory = RequestFactory(HTTP_HOST="localhost")
    times = []
    for _ in range(RENDERS):
        request = factory.get(page.url)
        started = time.perf_counter()
        response = page.serve(request)
        response.render()
        times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        page.serve(factory.get(page.url)).render()
    assert b"Related Articles" in response.content
    return statistics.median(times[3:]) * 1000, len(queries)


def main(sizes):
    scale_data.setup_django()
    from discovery import related

    rows = []
    for size in sizes:
        loaded = scale_data.fill_to(size)
        related.refit_idf(5000)
        news, topics = scale_data.site()
        page, own, own_max, full = time_related(news, topics, scale_data.stories())
        render, queries = time_render(page)
        rows.append((scale_data.article_count(), loaded, own, own_max, full, render, queries))
        print(f"  measured at {rows[-1][0]:,} articles (load average {os.getloadavg()[0]:.1f})", flush=True)
    header = ["articles", "load s", "own list ms", "own max ms", "with neighbours ms", "render ms", "queries"]
    print("\n" + " | ".join(header))
    for count, loaded, own, own_max, full, render, queries in rows:
        values = [f"{count:,}", f"{loaded:.1f}", f"{own:.1f}", f"{own_max:.1f}", f"{full:.1f}", f"{render:.1f}", str(queries)]
        print(" | ".join(value.rjust(len(name)) for value, name in zip(values, header, strict=True)))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(
            f"\nrender {last[0] // first[0]}x the articles: {last[5] / first[5]:.2f}x the time; own list goal <= 200 ms: {last[2] <= 200}"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 100_000])
