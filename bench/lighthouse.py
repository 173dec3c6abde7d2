"""Lighthouse 12, mobile, on the reader pages of a running site: the four scores, LCP, CLS and
the bytes a first view transfers, beside the goals of issue #14.

    npm install --prefix /tmp/lh lighthouse@12       # once; or have `lighthouse` on PATH
    WINDOWNEWS_DATA_DIR=... DATABASE_URL=... uv run windownews serve --port 8170 &
    WINDOWNEWS_DATA_DIR=... DATABASE_URL=... uv run python bench/lighthouse.py \\
        --site http://127.0.0.1:8170 --lighthouse /tmp/lh/node_modules/.bin/lighthouse

Serve the site as production does (`windownews serve`: granian, the page cache, WhiteNoise),
not with runserver. The pages are found in the same database as the server's (same environment
variables): the seed article, the front page, the seed article's topic and author, and any
`--page name=/path/` added. Each page is measured `--runs` times as a first view (empty browser
cache, Lighthouse's default mobile emulation: Moto G Power, slow 4G, 4x CPU slowdown,
simulated), each run just after a plain fetch (another reader's visit keeps it in the page
cache); the median run by performance score is printed. Lighthouse's performance score
depends on this machine's load: the load average is printed beside each page."""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"scores": 100, "lcp_ms": 1500, "cls": 0.0, "article_kb": 150}


def pages(extra):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
    import django

    django.setup()
    from ingest.loader import SEED_EXTERNAL_ID
    from newsroom.models import ArticlePage

    seed = ArticlePage.objects.get(external_id=SEED_EXTERNAL_ID)
    found = [
        ("article (seed)", seed.url),
        ("home", "/"),
        ("topic", seed.topic.url),
        ("author", seed.authors[0].get_absolute_url()),
    ]
    for item in extra:
        name, _, path = item.partition("=")
        found.append((name, path))
    return found


def lighthouse_command(given):
    command = given or shutil.which("lighthouse")
    if not command:
        sys.exit("no lighthouse: npm install --prefix /tmp/lh lighthouse@12, then --lighthouse")
    return command


def run_once(command, url, chrome, save=None, tries=3):
    """One Lighthouse run; a run whose trace Chromium lost (NO_NAVSTART on a loaded machine) is
    run again, up to `tries` times."""
    for attempt in range(1, tries + 1):
        try:
            return lighthouse_run(command, url, chrome, save)
        except subprocess.CalledProcessError:
            if attempt == tries:
                raise
            print(f"  (Lighthouse failed on {url}; running it again)", flush=True)
    return None


def lighthouse_run(command, url, chrome, save=None):
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(save or tmp) / f"{url.rstrip('/').rsplit('/', 1)[-1] or 'home'}.json"
        env = {**os.environ, "CHROME_PATH": chrome}
        subprocess.run(
            [
                command,
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            ],
            env=env,
            check=True,
        )
        data = json.loads(report.read_text())
    audits = data["audits"]
    return {
        "scores": {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES},
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "failing": [
            audit_id
            for category in data["categories"].values()
            for ref in category["auditRefs"]
            if ref["weight"] > 0
            and (audit_id := ref["id"]) in audits
            and audits[audit_id]["score"] is not None
            and audits[audit_id]["score"] < 1
            and category["id"] != "performance"
        ],
        "version": data["lighthouseVersion"],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", default="http://127.0.0.1:8000")
    parser.add_argument("--lighthouse", help="the lighthouse command (default: on PATH)")
    parser.add_argument("--chrome", default="/usr/bin/chromium")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median is shown")
    parser.add_argument("--page", action="append", default=[], help="name=/path/ to add")
    parser.add_argument("--save", help="a folder to keep each page's last JSON report in")
    args = parser.parse_args()
    command = lighthouse_command(args.lighthouse)
    print(
        f"goals: {GOALS['scores']} in each of perf/a11y/best-practices/SEO, "
        f"LCP <= {GOALS['lcp_ms']} ms, CLS {GOALS['cls']}, article <= {GOALS['article_kb']} KB"
    )
    header = (
        f"{'page':<16} {'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} {'LCP ms':>7} "
        f"{'CLS':>6} {'KB':>6} {'wall s':>7} {'CPU s':>6} {'load':>5}  runs (perf)"
    )
    print(header)
    version = None
    for name, path in pages(args.page):
        url = args.site.rstrip("/") + path
        runs, wall = [], 0.0
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        for _ in range(args.runs):
            # Another reader just came by: the page cache holds the page, as on a live site
            # (an entry lives CACHE_SECONDS; a run that found it expired would time a render).
            urllib.request.urlopen(url, timeout=120).read()
            start = time.perf_counter()
            runs.append(run_once(command, url, args.chrome, args.save))
            wall += (time.perf_counter() - start) / args.runs
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / args.runs
        ranked = sorted(runs, key=lambda run: run["scores"]["performance"])
        median = ranked[len(ranked) // 2]
        version = median["version"]
        scores = median["scores"]
        kb = median["bytes"] / 1000
        print(
            f"{name:<16} {scores['performance']:>4} {scores['accessibility']:>4} "
            f"{scores['best-practices']:>4} {scores['seo']:>4} {median['lcp_ms']:>7.0f} "
            f"{median['cls']:>6.3f} {kb:>6.1f} {wall:>7.1f} {cpu:>6.1f} "
            f"{os.getloadavg()[0]:>5.1f}  "
            + " ".join(str(run["scores"]["performance"]) for run in runs)
            + (f"  not 1: {', '.join(median['failing'])}" if median["failing"] else "")
        )
        if name.startswith("article"):
            met = kb <= GOALS["article_kb"]
            print(
                f"{'':<16} article first view {kb:.1f} KB vs goal {GOALS['article_kb']} KB: "
                f"{'met' if met else 'MISSED'}"
            )
    print(f"Lighthouse {version}, mobile, {args.site}; wall and CPU of Lighthouse + Chromium a run")


if __name__ == "__main__":
    main()
