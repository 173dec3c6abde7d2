"""What each piece of the production stack costs in memory, measured on this machine.

    uv run python bench/memory.py [--sqlite]

Starts the README's processes on loopback (PostgreSQL and Redis on 127.0.0.1 unless --sqlite):
`windownews serve` with two granian workers, `windownews worker`, and nginx with the recipe's
config; reads a spread of reader pages so every worker has imported and rendered what a day
brings, then prints resident (RSS) and proportional (PSS: shared pages split between the
processes that share them) memory per process, Redis's bytes per cached page (MEMORY USAGE
of the entries), and PostgreSQL's shared_buffers and per-connection PSS.
"""

import argparse
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.serve_article import BIN, Server, create_database, environment, nginx, prepare  # noqa: E402

PORT, FRONT = 8311, 8312


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB."""
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    values = {line.split(":")[0]: int(line.split()[1]) for line in rollup.splitlines()[1:]}
    return values["Rss"], values["Pss"]


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def tree(pid: int) -> list[int]:
    pids, frontier = [pid], [pid]
    while frontier:
        for child in children(frontier.pop()):
            pids.append(child)
            frontier.append(child)
    return pids


def row(name, pids):
    for pid in pids:
        rss, pss = memory_kb(pid)
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:60]
        print(f"{name:<22} {pid:>7} {rss / 1024:>9.1f} {pss / 1024:>9.1f}   {command}")


def redis_bytes_per_page(env) -> str:
    if "REDIS_URL" not in env:
        return "n/a (local-memory cache: --sqlite)"
    db = env["REDIS_URL"].rsplit("/", 1)[1]
    keys = subprocess.run(
        ["redis-cli", "-n", db, "--scan", "--pattern", "*pagecache:e:*"],
        capture_output=True,
        text=True,
    ).stdout.split()
    sizes = [
        int(
            subprocess.run(
                ["redis-cli", "-n", db, "MEMORY", "USAGE", key], capture_output=True, text=True
            ).stdout
        )
        for key in keys
    ]
    if not sizes:
        return "no cached pages found"
    return (
        f"{sum(sizes) / len(sizes) / 1024:.1f} KB per cached page "
        f"(mean of {len(sizes)}: HTML + gzip + Brotli + headers)"
    )


def postgres(env) -> str:
    if "DATABASE_URL" not in env:
        return "n/a (--sqlite)"
    shared = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc", "SHOW shared_buffers"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    pids = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-Atc",
            "SELECT pid FROM pg_stat_activity WHERE datname = 'windownews_bench'",
        ],
        capture_output=True,
        text=True,
    ).stdout.split()
    pss = [memory_kb(int(pid))[1] for pid in pids if Path(f"/proc/{pid}").exists()]
    per = (
        f"{sum(pss) / len(pss) / 1024:.1f} MB PSS per connection ({len(pss)} open)"
        if pss
        else "no open connections"
    )
    return f"shared_buffers {shared}; {per}"


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sqlite", action="store_true")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="wn-memory-"))
    data_dir.chmod(0o755)
    env = dict(
        environment(args, data_dir), TASKS_BACKEND="database"
    )  # the worker's queue, as in production
    create_database(env)
    print(f"Preparing the demo site in {data_dir} ...", flush=True)
    article = prepare(env)
    from ingest.loader import load_demo

    load_demo(
        include_corpus=True
    )  # the whole demo: ~480 articles, so lists and related lists are real
    from newsroom.models import ArticlePage, TopicPage

    paths = ["/", "/news/", "/topics/", "/feeds/rss/", "/sitemap.xml", "/api/v1/articles", article]
    paths += [page.url for page in TopicPage.objects.all()[:10]]
    paths += [page.url for page in ArticlePage.objects.published()[:150]]
    servers = []
    try:
        app = Server(
            "app",
            [str(BIN / "windownews"), "serve", "--port", str(PORT), "--workers", "2"],
            env,
            PORT,
        )
        servers.append(app)
        worker = subprocess.Popen(
            [str(BIN / "windownews"), "worker"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        front = nginx(
            "memory-nginx",
            env,
            listen=f"127.0.0.1:{FRONT}",
            port=FRONT,
            app_host="127.0.0.1",
            app_port=PORT,
            page_dir=data_dir / "pages",
            static_root=data_dir / "static",
            media_root=data_dir / "media",
            run_dir=data_dir / "nginx",
            cache_seconds=300,
        )
        servers.append(front)
        for _ in range(3):  # each worker gets its share of every page, rendered and then cached
            for path in paths:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}").read()
        for query in ("ukraine", "election results", "climate"):
            urllib.request.urlopen(
                f"http://127.0.0.1:{PORT}/search/?q={query.replace(' ', '+')}"
            ).read()
        time.sleep(5)  # the worker has started and polled its queue
        print(
            f"\nMemory after serving {len(paths)} pages three times, "
            f"{time.strftime('%Y-%m-%d %H:%M')}:"
        )
        print(f"{'process':<22} {'pid':>7} {'RSS MB':>9} {'PSS MB':>9}   command")
        pids = tree(app.process.pid)
        row("granian (serve)", pids)
        row("windownews worker", tree(worker.pid))
        row("nginx", tree(front.process.pid))
        print(f"\nRedis: {redis_bytes_per_page(env)}")
        print(f"PostgreSQL: {postgres(env)}")
        worker.terminate()
        worker.wait(10)
    finally:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    main()
