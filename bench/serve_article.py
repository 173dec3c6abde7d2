"""How fast the seed article page (30 approved comments) is served, side by side, in one run.

    uv run python bench/serve_article.py [--duration 10] [--connections 32] [--sqlite]
                                         [--miss-only]

Starts each contender on loopback, warms it, loads it with wrk for --duration seconds, and
measures the server's CPU (its whole process tree, from /proc) per request:

  nginx static         nginx serving the very bytes our app renders, as a file
  ours: recipe         the README's production recipe: nginx serving page files the app
                       wrote, proxying everything else to `windownews serve` (granian)
  ours: fast path      `windownews serve` alone: the WSGI fast path answers from Redis
  ours: miss           every request renders (cache freshness 0): Django + templates + store
  Django cache_page    Django's per-site cache middleware in local memory (cache_page's mechanism)
  stock Wagtail        the same site with our page cache taken out
  granian, trivial     granian with a WSGI app returning the same bytes: Python's ceiling

then the spike: 20x the normal load (4 -> 80 connections) while the article's cache entry
expires every --spike-ttl seconds, with stampede protection and without, counting renders.
Uses PostgreSQL and Redis on 127.0.0.1 (the production stack) unless --sqlite.
"""

import argparse
import contextlib
import getpass
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
PORTS = {
    "nginx": 8301,
    "recipe": 8302,
    "app": 8303,
    "miss": 8304,
    "cache_page": 8305,
    "stock": 8306,
    "trivial": 8307,
}


# The production configuration as a throwaway site on loopback (also bench/publish_latency.py):
# plain http, with no TLS proxy in front to mark the requests as HTTPS.
LOOPBACK_PRODUCTION = {
    "WINDOWNEWS_ENV": "production",
    "SECRET_KEY": "bench-only-" + "k" * 50,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_COOKIES": "0",
    "SSL_REDIRECT": "0",
    "HSTS_SECONDS": "0",
}


def environment(args, data_dir: Path) -> dict:
    env = dict(
        os.environ,
        **LOOPBACK_PRODUCTION,
        WINDOWNEWS_DATA_DIR=str(data_dir),
        LOG_LEVEL="warning",
        TASKS_BACKEND="immediate",
        DJANGO_SETTINGS_MODULE="windownews.settings",
    )
    if not args.sqlite:
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{args.database}"
        env["REDIS_URL"] = args.redis_url
    return env


def create_database(env) -> None:
    if "DATABASE_URL" in env:
        subprocess.run(
            [
                "createdb",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                env["DATABASE_URL"].rsplit("/", 1)[1],
            ],
            capture_output=True,
        )


def prepare(env) -> str:
    os.environ.update(env)
    import django

    django.setup()
    from bench.article_setup import prepare as prepare_article

    return prepare_article()


class Server:
    """A process group we started, stopped by its own id."""

    def __init__(self, name, command, env, port, cwd=ROOT):
        self.name, self.port = name, port
        self.log = open(Path(env["WINDOWNEWS_DATA_DIR"]) / f"{name}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=self.log, stderr=self.log, start_new_session=True
        )
        try:
            wait_for(port)
        except RuntimeError:
            self.stop()
            raise

    def cpu_seconds(self) -> float:
        return tree_cpu(self.process.pid)

    def stop(self):
        with_suppressed(lambda: os.killpg(self.process.pid, signal.SIGTERM))
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            with_suppressed(lambda: os.killpg(self.process.pid, signal.SIGKILL))
        self.log.close()


def with_suppressed(action):
    with contextlib.suppress(ProcessLookupError):
        action()


def wait_for(port, timeout=120.0):  # importing scikit-learn takes a while on a busy machine
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port} after {timeout:.0f} s")


def tree_cpu(pid: int) -> float:
    """User + system CPU seconds of a process and all its descendants (children still running)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    tree, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        for child, (parent, _) in parents.items():
            if parent == current and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(parents[p][1] for p in tree if p in parents) / os.sysconf("SC_CLK_TCK")


def granian(app, port, env, workers=2, settings_module=None):
    env = dict(env, DJANGO_SETTINGS_MODULE=settings_module or env["DJANGO_SETTINGS_MODULE"])
    command = [
        str(BIN / "granian"),
        "--interface",
        "wsgi",
        app,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    command += [
        "--workers",
        str(workers),
        "--blocking-threads",
        "4",
        "--no-ws",
        "--log-level",
        "warning",
    ]
    return command, env


def nginx(name, env, **values):
    run_dir = values["run_dir"]
    run_dir.mkdir(parents=True, exist_ok=True)
    template = (ROOT / "pagecache" / "deploy" / "nginx.conf").read_text()
    user = getpass.getuser()
    values.setdefault("user", f"user {user};" if os.geteuid() == 0 else "")
    config = re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)
    (run_dir / "nginx.conf").write_text(config)
    return Server(
        name,
        ["nginx", "-p", str(run_dir), "-c", str(run_dir / "nginx.conf"), "-g", "daemon off;"],
        env,
        values["port"],
    )


def static_nginx(env, run_dir: Path, path: str, body: bytes, port: int):
    """Plain nginx serving the bytes as a file at the same path: the reference."""
    run_dir.mkdir(parents=True, exist_ok=True)
    site = run_dir / "site"
    (site / path.strip("/")).mkdir(parents=True, exist_ok=True)
    (site / path.strip("/") / "index.html").write_bytes(body)
    user = f"user {getpass.getuser()};" if os.geteuid() == 0 else ""
    (site / "healthz").write_text("ok")
    config = f"""{user}
worker_processes auto; pid {run_dir}/nginx.pid; error_log {run_dir}/error.log warn;
events {{ worker_connections 4096; }}
http {{ include /etc/nginx/mime.types; access_log off; sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 100000; client_body_temp_path {run_dir}/body; proxy_temp_path {run_dir}/proxy;
  fastcgi_temp_path {run_dir}/fastcgi; uwsgi_temp_path {run_dir}/uwsgi;
  scgi_temp_path {run_dir}/scgi;
  server {{ listen 127.0.0.1:{port}; root {site}; }} }}
"""
    (run_dir / "nginx.conf").write_text(config)
    return Server(
        "nginx-static",
        ["nginx", "-p", str(run_dir), "-c", str(run_dir / "nginx.conf"), "-g", "daemon off;"],
        env,
        port,
    )


def wrk(url, connections, duration, extra=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", *extra, url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])
    total = int(re.search(r"(\d+) requests in", output)[1])
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)

    def percentile(p):
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return {
        "rps": rate,
        "requests": total,
        "p50": percentile(50),
        "p99": percentile(99),
        "errors": int(errors[1]) if errors else 0,
        "socket_errors": socket_errors[1] if socket_errors else "",
    }


def measure(server, url, connections, duration):
    for _ in range(20):
        urllib.request.urlopen(url).read()  # warm: caches filled, workers imported
    before = server.cpu_seconds()
    result = wrk(url, connections, duration)
    result["cpu_ms"] = 1000 * (server.cpu_seconds() - before) / max(result["requests"], 1)
    result["served"] = fetch(url)[1].get("X-Cache", "-")  # how the last request was answered
    return result


def fetch(url, **headers):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        return response.read(), response.headers  # a Message: names are case-insensitive


def row(name, r, reference):
    ratio = r["rps"] / reference["rps"] if reference else 1.0
    errors = f"  ({r['errors']} non-2xx)" if r["errors"] else ""
    return (
        f"{name:<34} {r['rps']:>9,.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['cpu_ms']:>9.3f} "
        f"{ratio:>8.1%} {r['served']:>6}{errors}"
    )


def recipe(name, env, app_env, data_dir):
    """The README's production recipe: nginx serving the page files that `windownews serve`
    (2 workers, behind it) writes. Returns (app, nginx)."""
    app_env = dict(app_env, PAGECACHE_PAGE_DIR=str(data_dir / "pages"))
    app = Server(
        f"{name}-app",
        [str(BIN / "windownews"), "serve", "--port", str(PORTS["app"]), "--workers", "2"],
        app_env,
        PORTS["app"],
    )
    front = nginx(
        name,
        env,
        listen=f"127.0.0.1:{PORTS['recipe']}",
        port=PORTS["recipe"],
        app_host="127.0.0.1",
        app_port=PORTS["app"],
        page_dir=data_dir / "pages",
        static_root=data_dir / "static",
        media_root=data_dir / "media",
        run_dir=data_dir / f"nginx-{name}",
        cache_seconds=app_env.get("CACHE_SECONDS", 300),
    )
    return app, front


def spike(args, env, data_dir, path, protected: bool) -> dict:
    """20x the normal load while the hot entry expires every --spike-ttl seconds."""
    from django.core.cache import cache

    from pagecache import store
    from pagecache.purge import purge_paths

    spike_env = dict(
        env,
        CACHE_SECONDS=str(args.spike_ttl),
        PAGECACHE_STAMPEDE_PROTECTION="1" if protected else "0",
    )
    app, front = recipe("spike", env, spike_env, data_dir)
    try:
        purge_paths([path], everything=True)
        shutil.rmtree(
            data_dir / "pages", ignore_errors=True
        )  # this process has no page folder to purge
        url = f"http://127.0.0.1:{PORTS['recipe']}{path}"
        wrk(url, 4, 3)  # the normal load, filling the cache
        renders_before = cache.get(store.RENDERS) or 0
        before = app.cpu_seconds() + front.cpu_seconds()
        result = wrk(url, 80, args.spike_duration, extra=["--timeout", "10s"])
        result["cpu_ms"] = (
            1000 * (app.cpu_seconds() + front.cpu_seconds() - before) / max(result["requests"], 1)
        )
        result["renders"] = (cache.get(store.RENDERS) or 0) - renders_before
        result["expiries"] = args.spike_duration // args.spike_ttl
        return result
    finally:
        front.stop()
        app.stop()


def print_render_costs(env, cost, cost_stale, cost_comments, cost_article):
    database = "PostgreSQL" if "DATABASE_URL" in env else "SQLite"
    print(
        f"\nCache miss, rendered in-process on {database}: {cost['cpu_ms']:.1f} ms CPU and "
        f"{cost['queries']:.0f} SQL queries per render"
    )
    print("  (goal <= 5 ms) after an expiry, every shared fragment still valid;")
    for cost_after, after in (
        (cost_stale, "an expiry with the stale copy still kept (served to others meanwhile)"),
        (cost_comments, "a comment is approved (its part anew)"),
        (cost_article, "the article changed (all anew)"),
    ):
        print(
            f"  {cost_after['cpu_ms']:.1f} ms CPU and {cost_after['queries']:.0f} queries "
            f"after {after}"
        )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per contender")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--spike-ttl", type=int, default=30, help="the hot entry's freshness in the spike"
    )
    parser.add_argument("--spike-duration", type=int, default=61)
    parser.add_argument("--no-spike", action="store_true")
    parser.add_argument(
        "--miss-only", action="store_true", help="only the in-process render costs (~1 min)"
    )
    parser.add_argument(
        "--sqlite",
        action="store_true",
        help="no PostgreSQL/Redis: SQLite and local memory (one worker's cache!)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    parser.add_argument("--port-base", type=int, default=8300, help="contenders use the next 7")
    parser.add_argument("--database", default="windownews_bench")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    PORTS.update({name: args.port_base + 1 + n for n, name in enumerate(PORTS)})
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed (Debian: apt-get install {tool})")

    data_dir = Path(tempfile.mkdtemp(prefix="wn-bench-"))
    data_dir.chmod(0o755)
    env = environment(args, data_dir)
    create_database(env)
    print(f"Preparing the seed article with 30 approved comments in {data_dir} ...", flush=True)
    path = prepare(env)
    from pagecache.purge import purge_paths

    purge_paths([path], everything=True)
    from bench.article_setup import render_cost

    cost, cost_stale, cost_comments, cost_article = (
        render_cost(path),
        render_cost(path, change="stale"),
        render_cost(path, change="comments"),
        render_cost(path, change="article"),
    )
    if args.miss_only:
        print_render_costs(env, cost, cost_stale, cost_comments, cost_article)
        return
    results, servers = {}, []
    try:
        # Ours, the production recipe: nginx + page files in front of `windownews serve`.
        app, front = recipe("recipe", env, env, data_dir)
        servers += [app, front]
        body, _ = fetch(f"http://127.0.0.1:{PORTS['app']}{path}")
        br_body, br_headers = fetch(
            f"http://127.0.0.1:{PORTS['app']}{path}", **{"Accept-Encoding": "br"}
        )
        gz_body, _ = fetch(f"http://127.0.0.1:{PORTS['app']}{path}", **{"Accept-Encoding": "gzip"})
        file_body, file_headers = fetch(f"http://127.0.0.1:{PORTS['recipe']}{path}")
        assert file_headers.get("X-Cache") == "FILE", "the recipe did not serve the page file"
        assert file_body == body, "the page file differs from the app's page"

        reference = static_nginx(env, data_dir / "nginx-static", path, body, PORTS["nginx"])
        load = (args.connections, args.duration)
        results["nginx static (same bytes)"] = measure(
            reference, f"http://127.0.0.1:{PORTS['nginx']}{path}", *load
        )
        reference.stop()

        class Both:  # the recipe's CPU is nginx's plus the app's
            def cpu_seconds(self):
                return front.cpu_seconds() + app.cpu_seconds()

        recipe_url = f"http://127.0.0.1:{PORTS['recipe']}{path}"
        results["ours: recipe, warm (nginx+files)"] = measure(
            Both(), recipe_url, args.connections, args.duration
        )
        app_url = f"http://127.0.0.1:{PORTS['app']}{path}"
        results["ours: granian fast path, warm"] = measure(
            app, app_url, args.connections, args.duration
        )
        front.stop()
        app.stop()
        servers.clear()

        # Entries expire at once (the shared comment fragment stays valid, as after an expiry);
        # the fast path's page from above is purged first, or this server would find it fresh.
        purge_paths([path])
        miss_env = dict(
            env, CACHE_SECONDS="0", PAGECACHE_STALE_SECONDS="0", PAGECACHE_STAMPEDE_PROTECTION="0"
        )
        miss = Server(
            "miss",
            [str(BIN / "windownews"), "serve", "--port", str(PORTS["miss"]), "--workers", "2"],
            miss_env,
            PORTS["miss"],
        )
        servers.append(miss)
        results["ours: miss (every request renders)"] = measure(
            miss, f"http://127.0.0.1:{PORTS['miss']}{path}", *load
        )
        miss.stop()
        servers.clear()

        for name, settings_module, port in (
            ("Django cache_page (locmem)", "bench.settings_cache_page", PORTS["cache_page"]),
            ("stock Wagtail (no cache)", "bench.settings_stock", PORTS["stock"]),
        ):
            command, peer_env = granian(
                "windownews.wsgi:application", port, env, settings_module=settings_module
            )
            peer = Server(name, command, peer_env, port)
            servers.append(peer)
            results[name] = measure(
                peer, f"http://127.0.0.1:{port}{path}", args.connections, args.duration
            )
            peer.stop()
            servers.clear()

        (data_dir / "article.html").write_bytes(body)
        command, trivial_env = granian("bench.trivial_app:application", PORTS["trivial"], env)
        trivial = Server(
            "trivial",
            command,
            dict(trivial_env, TRIVIAL_BODY_FILE=str(data_dir / "article.html")),
            PORTS["trivial"],
        )
        servers.append(trivial)
        results["granian alone, trivial app"] = measure(
            trivial, f"http://127.0.0.1:{PORTS['trivial']}{path}", *load
        )
        trivial.stop()
        servers.clear()

        spikes = {}
        if not args.no_spike:
            for protected in (True, False):
                spikes[protected] = spike(args, env, data_dir, path, protected)
    finally:
        for server in servers:
            server.stop()

    nginx_ref = results["nginx static (same bytes)"]
    print(
        f"\nSeed article {path}: {len(body):,} bytes of HTML; {args.connections} connections, "
        f"{args.duration} s each, wrk -t2, loopback"
    )
    print(
        f"{'':<34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>9} "
        f"{'vs nginx':>8} {'X-Cache':>6}"
    )
    for name, result in results.items():
        print(row(name, result, nginx_ref))
    ours = results["ours: recipe, warm (nginx+files)"]
    fast = results["ours: granian fast path, warm"]
    print("\nRatios (req/s):")
    goal = f"(goal >= 0.50; p99 {ours['p99']:.2f} ms, goal < 20)"
    print(f"  ours recipe / nginx static         {ours['rps'] / nginx_ref['rps']:.2f}   {goal}")
    print(f"  ours fast path / nginx static      {fast['rps'] / nginx_ref['rps']:.2f}")
    print(
        "  ours fast path / granian trivial   "
        f"{fast['rps'] / results['granian alone, trivial app']['rps']:.2f}"
    )
    for peer in ("Django cache_page (locmem)", "stock Wagtail (no cache)"):
        print(f"  ours recipe / {peer:<22} {ours['rps'] / results[peer]['rps']:.1f}x")
    print_render_costs(env, cost, cost_stale, cost_comments, cost_article)
    encoding = br_headers.get("Content-Encoding")
    print(
        f"Page weight: {len(body):,} B HTML, {len(br_body):,} B {encoding}, {len(gz_body):,} B "
        "gzip (goal <= 50 KB)"
    )
    print(f"  Vary: {br_headers.get('Vary')}; Cache-Control: {br_headers.get('Cache-Control')}")
    scripts = re.findall(rb"<script[^>]*>", body)
    blocking = [
        s
        for s in scripts
        if b" defer" not in s and b" async" not in s and b"application/ld+json" not in s
    ]
    print(f"  scripts: {len(scripts)}, render-blocking: {len(blocking)}")
    for protected, result in spikes.items():
        label = "with stampede protection" if protected else "WITHOUT protection      "
        print(
            f"Spike 4 -> 80 connections, entry fresh {args.spike_ttl} s, "
            f"{args.spike_duration} s, {label}: "
            f"{result['rps']:,.0f} req/s, p50 {result['p50']:.2f} ms, p99 {result['p99']:.2f} ms, "
            f"{result['renders']} renders for {result['expiries']} expiries, "
            f"{result['errors']} errors {result['socket_errors']}"
        )
    if not args.keep:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
