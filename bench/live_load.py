"""10,000 readers following one live page while an editor posts every 10 s, side by side.

    uv run python bench/live_load.py [--readers 10000] [--duration 60] [--naive-duration 30]

Runs on loopback only, bounded in time. PostgreSQL + Redis on 127.0.0.1 (the production
stack), `windownews serve` (granian) as the origin, and Debian's varnishd with the README's
recipe (pagecache/deploy/varnish.vcl) in front, purged by the app. Each simulated reader keeps
its own cursor and polls /live/<id>/since/<cursor>/ as often as the server says, like
static/js/live.js; the bench process posts an entry every --every seconds through the same
code the composer uses. Two designs:

  ours     readers poll through Varnish; full batches are cached for good, the newest answer a
           few seconds and purged on every change
  naive    the same readers polling the origin directly, nothing cached (every poll a render)

Figures: delay from an entry's commit to each reader having it (p50/p95/max over every
reader and entry), readers who never got an entry, requests the origin served per second,
errors. Goals: p95 <= 5 s, origin <= 1 request/s for the page, 0 errors.
"""

import argparse
import asyncio
import heapq
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.serve_article import Server, create_database, wait_for  # noqa: E402
from bench.serve_article import environment as serve_article_environment  # noqa: E402

ORIGIN_PORT, VARNISH_PORT = 8311, 8312
VCL = ROOT / "pagecache" / "deploy" / "varnish.vcl"
CONNECTIONS = 64
REDIS_URL = "redis://127.0.0.1:6379/0"
POST_MS = []  # server time of each post, purges (local and Varnish) included


def environment(data_dir: Path, poll: int) -> dict:
    """serve_article's production environment, purging Varnish, readers polling every `poll`."""
    stack = SimpleNamespace(sqlite=False, database="windownews_bench", redis_url=REDIS_URL)
    env = serve_article_environment(stack, data_dir)
    env.update(
        FRONTEND_CACHE_VARNISH_URL=f"http://127.0.0.1:{VARNISH_PORT}",
        SITE_URL=f"http://127.0.0.1:{VARNISH_PORT}",
        LIVE_POLL_SECONDS=str(poll),
    )
    return env


def prepare(env):
    """A site with one live page (and no entries yet); returns its id and cursor."""
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    from windownews.cli import prepare as prepare_site

    prepare_site(call_command)  # migrate and collect the static files
    from ingest.loader import ensure_child, ensure_site
    from live.models import LivePage
    from newsroom.models import NewsIndexPage

    home = ensure_site("Bench WindowNews")
    news = ensure_child(home, NewsIndexPage, title="News", slug="news")
    LivePage.objects.filter(slug="bench-live").delete()
    page = LivePage(title="Bench live", slug="bench-live")
    news.add_child(instance=page)
    page.save_revision().publish()
    return page.pk


def post_entry(page_id, number):
    from django.template.defaultfilters import linebreaks_filter
    from wagtail.rich_text import RichText

    from live.models import LiveEntry, LiveEntryRevision, LivePage

    started = time.perf_counter()
    entry = LiveEntry(page=LivePage.objects.get(pk=page_id))
    entry.body = [("paragraph", RichText(linebreaks_filter(f"Bench update {number}.")))]
    entry.record(LiveEntryRevision.Action.POSTED, None)  # the purge runs on commit, inside
    POST_MS.append((time.perf_counter() - started) * 1000)
    return entry.pk, time.monotonic()


def varnish(work: Path) -> subprocess.Popen:
    vcl = work / "windownews.vcl"
    text = VCL.read_text().replace("{backend_host}", "127.0.0.1")
    vcl.write_text(text.replace("{backend_port}", str(ORIGIN_PORT)))
    command = ["varnishd", "-F", "-n", str(work / "v"), "-a", f"127.0.0.1:{VARNISH_PORT}"]
    command += ["-f", str(vcl), "-s", "malloc,64m", "-j", "none"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    wait_for(VARNISH_PORT)
    return process


def backend_requests(work: Path) -> int:
    out = subprocess.run(
        ["varnishstat", "-n", str(work / "v"), "-1", "-f", "MAIN.backend_req"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(out.split()[1])


async def get(reader, writer, port, path):
    # Host with the port, as a browser sends it: Varnish bans by the host the app purges.
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    body = await reader.readexactly(length)
    return status, body


class Readers:
    """Simulated readers: a cursor each, polled when due over a pool of keep-alive sockets."""

    def __init__(self, count, page_id, port, poll):
        self.page_id, self.port = page_id, port
        self.cursors = [0] * count
        now = time.monotonic()
        self.due = [(now + random.uniform(0, poll), reader) for reader in range(count)]
        heapq.heapify(self.due)
        self.seen = {}  # (reader, entry id) -> monotonic time
        self.requests = self.errors = 0
        self.queue = asyncio.Queue()

    async def schedule(self, until):
        while time.monotonic() < until:
            now = time.monotonic()
            while self.due and self.due[0][0] <= now:
                self.queue.put_nowait(heapq.heappop(self.due)[1])
            await asyncio.sleep(0.005)

    async def worker(self, until):
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        while time.monotonic() < until:
            try:
                who = await asyncio.wait_for(self.queue.get(), 0.2)
            except TimeoutError:
                continue
            path = f"/live/{self.page_id}/since/{self.cursors[who]}/"
            try:
                status, body = await get(reader, writer, self.port, path)
            except (OSError, asyncio.IncompleteReadError, ValueError):
                self.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
                heapq.heappush(self.due, (time.monotonic() + 1, who))
                continue
            self.requests += 1
            if status != 200:
                self.errors += 1
                heapq.heappush(self.due, (time.monotonic() + 1, who))
                continue
            data, now = json.loads(body), time.monotonic()
            for change in data["changes"]:
                self.seen.setdefault((who, change["id"]), now)
            self.cursors[who] = data["cursor"]
            wait = 0 if data["final"] else data["poll"]
            heapq.heappush(self.due, (now + wait, who))
        writer.close()


async def run(readers, page_id, duration, every):
    until = time.monotonic() + duration
    tasks = [asyncio.create_task(readers.schedule(until))]
    tasks += [asyncio.create_task(readers.worker(until)) for _ in range(CONNECTIONS)]
    posts, number = [], 0
    await asyncio.sleep(min(every, duration / 4))
    while time.monotonic() < until - every:  # the last entry gets a whole poll round
        number += 1
        posts.append(await asyncio.to_thread(post_entry, page_id, number))
        await asyncio.sleep(every)
    await asyncio.gather(*tasks)
    return posts


def figures(readers, posts, count):
    delays, missed = [], 0
    for entry_id, posted in posts:
        for who in range(count):
            seen = readers.seen.get((who, entry_id))
            if seen is None:
                missed += 1
            else:
                delays.append(max(0.0, seen - posted))
    delays.sort()

    def pick(p):
        return delays[min(len(delays) - 1, int(p * len(delays)))] if delays else float("nan")

    return {"p50": pick(0.5), "p95": pick(0.95), "max": delays[-1] if delays else float("nan")}, (
        missed
    )


def measure(name, args, page_id, port, work=None):
    readers = Readers(args.readers, page_id, port, args.poll)
    before = backend_requests(work) if work else 0
    started = time.monotonic()
    duration = args.duration if name == "ours" else args.naive_duration
    posts = asyncio.run(run(readers, page_id, duration, args.every))
    elapsed = time.monotonic() - started
    origin = (backend_requests(work) - before) if work else readers.requests
    delay, missed = figures(readers, posts, args.readers)
    return {
        "name": name,
        "posts": len(posts),
        "rate": readers.requests / elapsed,
        "origin": origin / elapsed,
        "errors": readers.errors,
        "missed": missed,
        **delay,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=10_000)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--naive-duration", type=float, default=30)
    parser.add_argument("--every", type=float, default=10, help="seconds between entries")
    parser.add_argument("--poll", type=int, default=5, help="LIVE_POLL_SECONDS for the run")
    args = parser.parse_args()
    if not shutil.which("varnishd"):
        sys.exit("varnishd is missing: apt-get install varnish")
    work = Path(tempfile.mkdtemp(prefix="live-load-"))
    env = environment(work, args.poll)
    create_database(env)
    edge = varnish(work)  # first, so the setup's purges reach it
    page_id = prepare(env)
    origin = Server(
        "origin", ["uv", "run", "windownews", "serve", "--port", str(ORIGIN_PORT)], env, ORIGIN_PORT
    )
    rows = []
    try:
        rows.append(measure("ours", args, page_id, VARNISH_PORT, work))
        rows.append(measure("naive", args, page_id, ORIGIN_PORT))
    finally:
        edge.terminate()
        edge.wait(10)
        origin.stop()
    print(
        f"\n{args.readers:,} readers polling every {args.poll} s, an entry every {args.every:g} s"
    )
    print(
        f"{'design':8} {'entries':>7} {'polls/s':>8} {'origin req/s':>12} "
        f"{'delay p50':>9} {'p95':>6} {'max':>6} {'missed':>7} {'errors':>6}"
    )
    for r in rows:
        print(
            f"{r['name']:8} {r['posts']:7} {r['rate']:8.0f} {r['origin']:12.2f} "
            f"{r['p50']:8.2f}s {r['p95']:5.2f}s {r['max']:5.2f}s {r['missed']:7} {r['errors']:6}"
        )
    ours = rows[0]
    print(
        f"posting an entry (record + local and Varnish purges): median "
        f"{statistics.median(POST_MS):.1f} ms, max {max(POST_MS):.1f} ms (goal <= 50 ms)"
    )
    print(
        f"goals (ours): p95 <= 5 s: {'met' if ours['p95'] <= 5 else 'MISSED'}; "
        f"origin <= 1 req/s: {'met' if ours['origin'] <= 1 else 'MISSED'}; "
        f"0 errors: {'met' if ours['errors'] == 0 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
