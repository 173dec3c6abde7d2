"""Related articles at 1,000 and 100,000 articles on PostgreSQL.

    uv run python bench/related_scale.py [1000 100000]

Each size runs in its own process against its own database (bench/scale_data.py loads it with
COPY the first time and keeps it). It refits the corpus IDF on a 5,000-article sample, then
publishes new articles and times
  * "own list": computing and storing the new article's related list (candidates: the articles
    sharing most of its keywords, the newest of its topic and of its tags; goal <= 200 ms), and
    the CPU time of this process in it (the database's is not counted): on a loaded machine
    the wall time grows with the load, the CPU time much less,
  * "with neighbours": the whole refresh task, which also offers it to its neighbours' lists,
  * "full-scan agreement": of the 5 stored for each new article, the share a full scan of every
    article with the same IDF also ranks in its top 5 (100% at 1k, where a refresh is a full scan),
and renders an article page (Wagtail's serve) cold, every cache emptied first, and warm, its
shared fragments cached, to show render time does not grow with the corpus. Medians of several
runs; the machine's load is printed with them, and the sizes side by side with their ratios.
"""

import json
import os
import statistics
import subprocess
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

    own, own_cpu, full, pages = [], [], [], []
    for n in range(NEW_ARTICLES):
        page = new_article(news, topics, items[(n * 37) % len(items)], n)
        pages.append(page)
        doc = documents.load(ArticlePage.objects.filter(pk=page.pk))[0]
        started, cpu = time.perf_counter(), time.process_time()
        scorer, scores = related.score_one(doc)
        related._replace({page.pk: scorer.pick(0, scores)})
        own.append(time.perf_counter() - started)
        own_cpu.append(time.process_time() - cpu)
        started = time.perf_counter()
        related.refresh(page.pk)
        full.append(time.perf_counter() - started)
    # The first run pays for imports and cold caches; it is reported in the max, not the median.
    return (
        pages,
        statistics.median(own[1:]) * 1000,
        statistics.median(own_cpu[1:]) * 1000,
        max(own) * 1000,
        statistics.median(full[1:]) * 1000,
    )


def agreement(pages):
    """How many of each new article's stored 5 a full scan of every article (same IDF) also ranks in
    its top 5 (ties with the 5th count), as a share: what scoring only the candidates loses."""
    import numpy as np

    from discovery import documents, related
    from discovery.models import RelatedArticle
    from discovery.scoring import LIST_SIZE, Scorer

    docs = documents.load(related._published(), text=False)
    scorer = Scorer(docs, idf=related.stored_idf(), counts=related.counts_of(docs))
    row = {doc.id: i for i, doc in enumerate(docs)}
    found = 0
    for page in pages:
        scores = scorer.scores(np.array([row[page.pk]]))[0]
        fifth = np.sort(scores)[-LIST_SIZE]
        stored = RelatedArticle.objects.filter(article=page).values_list("related_id", flat=True)
        found += sum(scores[row[pk]] >= fifth - 1e-6 for pk in stored if pk in row)
    return found / (LIST_SIZE * len(pages))


def time_render(page):
    """Median times of serving the page: cold (every cache emptied first, so the page and its shared
    fragments are built) and warm (the fragments cached, as on most views); queries of a cold
    one."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    factory = RequestFactory(HTTP_HOST="localhost")
    times = {"cold": [], "warm": []}
    for n in range(RENDERS * 2):
        kind = "cold" if n % 2 == 0 else "warm"
        if kind == "cold":
            cache.clear()
        request = factory.get(page.url)
        started = time.perf_counter()
        response = page.serve(request)
        response.render()
        times[kind].append(time.perf_counter() - started)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        page.serve(factory.get(page.url)).render()
    assert b"Related Articles" in response.content
    return (
        statistics.median(times["cold"][3:]) * 1000,
        statistics.median(times["warm"][3:]) * 1000,
        len(queries),
    )


def measure(size):
    """One size, in its own process and database: prints its figures as one JSON line."""
    scale_data.setup_django(size)
    from discovery import related

    loaded = scale_data.fill_to(size)
    related.refit_idf(5000)
    scale_data.ensure_keywords()
    news, topics = scale_data.site()
    pages, own, own_cpu, own_max, full = time_related(news, topics, scale_data.stories())
    cold, warm, queries = time_render(pages[-1])
    agreed = agreement(pages)
    count = scale_data.article_count()
    for page in pages:
        page.delete()  # the database stays at its size for the next run
    print(
        json.dumps(
            [count, loaded, own, own_cpu, own_max, full, agreed, cold, warm, queries]
            + [os.getloadavg()[0]]
        )
    )


def main(sizes):
    rows = []
    for size in sizes:
        # A process per size: each size keeps its own database, so both stay loaded between runs.
        child = subprocess.run(
            [sys.executable, __file__, "--size", str(size)],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode:
            sys.exit(child.stderr[-3000:])
        rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
    header = [
        "articles",
        "load s",
        "own list ms",
        "own CPU ms",
        "own max ms",
        "with neighbours ms",
        "full-scan agreement",
        "render cold ms",
    ]
    header += ["render warm ms", "queries (cold)", "load avg"]
    print(" | ".join(header))
    for count, loaded, own, own_cpu, own_max, full, agreed, cold, warm, queries, load in rows:
        values = [
            f"{count:,}",
            f"{loaded:.1f}",
            f"{own:.1f}",
            f"{own_cpu:.1f}",
            f"{own_max:.1f}",
            f"{full:.1f}",
            f"{agreed:.0%}",
            f"{cold:.1f}",
        ]
        values += [f"{warm:.1f}", str(queries), f"{load:.1f}"]
        print(
            " | ".join(value.rjust(len(name)) for value, name in zip(values, header, strict=True))
        )
    last = rows[-1]
    print(
        f"\nown list at {last[0]:,} articles: {last[2]:.1f} ms against a goal of <= 200 ms "
        f"({last[2] / 200:.2f}x the goal; {last[3]:.1f} ms of it this process's CPU)"
    )
    if len(rows) > 1:
        first = rows[0]
        print(
            f"render at {last[0]:,} vs {first[0]:,} articles "
            f"({last[0] / first[0]:.0f}x the corpus): "
            f"cold {last[7]:.1f} vs {first[7]:.1f} ms = {last[7] / first[7]:.2f}x, "
            f"warm {last[8]:.1f} vs {first[8]:.1f} ms = "
            f"{last[8] / first[8]:.2f}x; {last[9]} vs {first[9]} queries"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--size"]:
        measure(int(sys.argv[2]))
    else:
        main([int(arg) for arg in sys.argv[1:]] or [1000, 100_000])
