"""How soon a published article reaches readers, in the demo and in production configuration.

    uv run python bench/publish_latency.py [--rounds 3] [--only demo|production] [--port 8150]
        [--database windownews_pagecache] [--redis-url redis://127.0.0.1:6379/2]

Per configuration it starts the site as it runs there, each part its own process:
  demo        SQLite, the shared disk cache; `windownews serve` + `windownews scheduler`
  production  PostgreSQL + Redis (127.0.0.1, --database, --redis-url);
              `windownews serve` (2 workers) + `windownews worker` (tasks and the scheduler)
This process is the editor: it publishes through the page model, as an editor's save does in
whichever server process takes it (in the demo the save also runs the tasks: the picture).
Readers read the pages over HTTP all along, one thread per page, from before the publish.

Each round, with the home page, the topic page, the site feed and both article sitemaps cached:
  editor publish -> pages   from the publish to every page showing the article (goal <= 1 s)
  scheduled go-live delay   from the article's go-live time to it being published (goal <= 5 s)
  scheduler -> pages        from the scheduler's publish to every page showing it (goal <= 1 s)
and the CPU seconds the server and the side process spent (which the machine's load does not
stretch as it does the wall times).
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from serve_article import LOOPBACK_PRODUCTION, tree_cpu

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
GOALS = {"editor publish -> pages": 1.0, "scheduled go-live delay": 5.0, "scheduler -> pages": 1.0}
# CPU seconds: the server's from the publish to the pages; the scheduled round's from before the
# go-live (the readers' polls meanwhile included), the server's and the scheduler's.
CPU = ("editor: server CPU s", "scheduled: server CPU s", "scheduled: side CPU s")


def environment(config: str, data_dir: Path, database="", redis_url="") -> dict:
    env = dict(
        os.environ,
        WINDOWNEWS_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="windownews.settings",
        LOG_LEVEL="warning",
    )
    if config == "production":
        env.update(
            LOOPBACK_PRODUCTION,
            DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{database}",
            REDIS_URL=redis_url,
            TASKS_BACKEND="database",
        )
    return env


def start(command, env, log: Path):
    with open(log, "w") as out:  # the child keeps its own descriptor
        return subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=out, stderr=out, start_new_session=True
        )


def stop(process) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def get(url) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def wait_for(url, timeout=120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            get(url)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answers at {url}")


def draft(title):
    from newsroom.models import ArticlePage, NewsIndexPage, TopicPage

    topic = TopicPage.objects.order_by("pk").first()
    page = ArticlePage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        topic=topic,
        body=[("paragraph", f"<p>{title}: the body.</p>")],
        live=False,
    )
    NewsIndexPage.objects.get().add_child(instance=page)
    return page


def watched(base, article) -> dict[str, tuple[str, str]]:
    """Page -> (url, what shows the article there)."""
    return {
        "home": (f"{base}/", article.title),
        "topic": (base + article.topic.url, article.title),
        "feed": (f"{base}/feeds/rss/", article.title),
        "news sitemap": (f"{base}/sitemap-news.xml", article.title),
        "article sitemap": (f"{base}/sitemap-articles.xml", article.slug),
    }


def warm(pages) -> None:
    for url, mark in pages.values():
        get(url)
        assert mark not in get(url), url


def seen_at(pages, timeout=60.0):
    """Starts the readers; returns a function giving the epoch time at which the last of the
    pages first showed the article. Each page is read by its own reader (a thread), as readers
    arrive at once, not one after another, from now on: call it before the publish."""

    def first_shown(url, mark):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if mark in get(url):
                return time.time()
            time.sleep(0.01)
        print(f"not shown within {timeout:.0f} s: {url}", file=sys.stderr)
        return float("inf")  # counted as a miss of the goal, not a crash of the bench

    readers = ThreadPoolExecutor(len(pages))
    shown = [readers.submit(first_shown, *page) for page in pages.values()]
    readers.shutdown(wait=False)
    return lambda: max(reader.result() for reader in shown)


def cpu_of(*processes) -> list[float]:
    return [tree_cpu(process.pid) for process in processes]


def editor_round(base, number, server) -> tuple[float, float]:
    """(publish -> pages, the server's CPU seconds from the publish to the pages)"""
    article = draft(f"Editor story {number} {os.getpid()}")
    pages = watched(base, article)
    warm(pages)
    shown = seen_at(pages)
    before = cpu_of(server)
    article.save_revision().publish()
    seen = shown()
    article.refresh_from_db()
    return seen - article.last_published_at.timestamp(), cpu_of(server)[0] - before[0]


def scheduled_round(base, number, server, scheduler) -> tuple[float, float, list[float]]:
    from django.utils import timezone

    from newsroom.models import ArticlePage

    article = draft(f"Scheduled story {number} {os.getpid()}")
    article.go_live_at = timezone.now() + timedelta(seconds=4)
    article.save_revision(approved_go_live_at=article.go_live_at)
    pages = watched(base, article)
    warm(pages)
    before = cpu_of(server, scheduler)  # the readers' polls until the go-live count too
    shown = seen_at(pages)()
    cpu = [after - start for after, start in zip(cpu_of(server, scheduler), before, strict=True)]
    published = ArticlePage.objects.get(pk=article.pk).last_published_at.timestamp()
    return published - article.go_live_at.timestamp(), shown - published, cpu


def run_config(config: str, args) -> dict:
    """One configuration, in this process (Django is set up once per process)."""
    rounds, port = args.rounds, args.port
    data_dir = Path(tempfile.mkdtemp(prefix=f"publish-{config}-"))
    env = environment(config, data_dir, args.database, args.redis_url)
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    from ingest.loader import load_demo
    from windownews.cli import collect_static

    call_command("migrate", interactive=False, verbosity=0)
    collect_static(call_command)
    load_demo(include_corpus=False)
    from windownews.startup import tasks_run_inline, warm_publish_path

    if tasks_run_inline():  # this process is the editor's server process: warm as it is
        warm_publish_path()
    workers = "2" if config == "production" else "1"
    windownews = str(BIN / "windownews")
    server = start(
        [windownews, "serve", "--port", str(port), "--workers", workers],
        env,
        data_dir / "serve.log",
    )
    side = ["worker"] if config == "production" else ["scheduler"]
    scheduler = start([windownews, *side], env, data_dir / "side.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/healthz")
        editor = [editor_round(base, n, server) for n in range(rounds)]
        scheduled = [scheduled_round(base, n, server, scheduler) for n in range(rounds)]
    finally:
        stop(server)
        stop(scheduler)
    shutil.rmtree(data_dir, ignore_errors=True)
    return {
        "editor publish -> pages": [pages for pages, _ in editor],
        "scheduled go-live delay": [go_live for go_live, _, _ in scheduled],
        "scheduler -> pages": [pages for _, pages, _ in scheduled],
        CPU[0]: [cpu for _, cpu in editor],
        CPU[1]: [server for _, _, (server, _) in scheduled],
        CPU[2]: [side for _, _, (_, side) in scheduled],
    }


def report(results: dict) -> None:
    print(
        f"\n{'measure':<26} {'config':<11} {'median s':>9} {'worst s':>8} {'goal s':>7}  met"
        "  rounds s"
    )
    for measure, goal in GOALS.items():
        for config, figures in results.items():
            values = figures[measure]
            worst = max(values)
            print(
                f"{measure:<26} {config:<11} {statistics.median(values):>9.3f} {worst:>8.3f}"
                f" {goal:>7.1f}  {'yes' if worst <= goal else 'NO ':<3}"
                f"  {' '.join(f'{value:.2f}' for value in values)}"
            )
    for measure in CPU:
        for config, figures in results.items():
            values = figures[measure]
            print(
                f"{measure:<26} {config:<11} {statistics.median(values):>9.3f} {max(values):>8.3f}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=("demo", "production"))
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--database", default="windownews_pagecache", help="production's")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/2", help="production's")
    parser.add_argument("--config", help=argparse.SUPPRESS)  # the child run of one configuration
    args = parser.parse_args()
    if args.config:
        print(json.dumps(run_config(args.config, args)))
        return
    print(f"load average {os.getloadavg()[0]:.1f} at the start", flush=True)
    if args.only != "demo":
        subprocess.run(
            ["createdb", "-h", "127.0.0.1", "-U", "postgres", args.database], capture_output=True
        )
    results = {}
    for config in [args.only] if args.only else ["demo", "production"]:
        print(f"{config}: starting the site and measuring {args.rounds} rounds ...", flush=True)
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--config",
                config,
                "--rounds",
                str(args.rounds),
                "--port",
                str(args.port),
                "--database",
                args.database,
                "--redis-url",
                args.redis_url,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode:
            sys.exit(f"{config} failed:\n{child.stderr[-3000:]}")
        print(child.stderr[-2000:], end="", file=sys.stderr)
        results[config] = json.loads(child.stdout.strip().splitlines()[-1])
    report(results)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
