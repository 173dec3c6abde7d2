"""How long `windownews demo` takes to get ready on an empty data folder, step by step.

    uv run python bench/demo_start.py

Each step runs in its own process on a fresh SQLite data folder, as the demo does, and
is printed beside the figure of the project skeleton (commit 79f99e9, measured on this
machine the same day, with other work running). CPU seconds are the fairer comparison
on a shared machine; wall seconds are what a reader waits."""

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMAND = str(Path(sys.executable).with_name("windownews"))
# step -> (wall s, CPU s) of the skeleton: per-save search and reference indexing, add_child per
# article, one regex pass per topic keyword, collectstatic with gzip+brotli copies on every start.
BEFORE = {
    "migrate (first run)": (16.7, 15.7),
    "collectstatic (first run)": (21.2, 19.3),
    "load_demo (first run, 484 articles)": (27.7, 24.7),
    "collectstatic (second run)": (21.2, 19.3),
    "load_demo (second run, 0 new)": (8.1, 7.4),
}
CODE = {
    "migrate": "from django.core.management import call_command as c; c('migrate', verbosity=0)",
    "collectstatic": "from django.core.management import call_command as c; "
    "from windownews.cli import collect_static; collect_static(c)",
    "load_demo": "from ingest.loader import load_demo; print(load_demo()['created'])",
}


def timed(step, data_dir):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(WINDOWNEWS_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="windownews.settings")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {CODE[step]}"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - start, (after.ru_utime - before.ru_utime) + (
        after.ru_stime - before.ru_stime
    )


def main():
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        rows = [
            ("migrate (first run)", timed("migrate", data_dir)),
            ("collectstatic (first run)", timed("collectstatic", data_dir)),
            ("load_demo (first run, 484 articles)", timed("load_demo", data_dir)),
            ("collectstatic (second run)", timed("collectstatic", data_dir)),
            ("load_demo (second run, 0 new)", timed("load_demo", data_dir)),
        ]
    print(
        f"{'step':38} {'now wall':>9} {'now CPU':>8}   "
        f"{'before wall':>11} {'before CPU':>10}   CPU ratio"
    )
    for name, (wall, cpu) in rows:
        old_wall, old_cpu = BEFORE[name]
        print(
            f"{name:38} {wall:8.1f}s {cpu:7.1f}s   {old_wall:10.1f}s {old_cpu:9.1f}s   "
            f"{old_cpu / cpu:5.1f}x faster"
        )
    first = sum(wall for name, (wall, _) in rows if "first" in name)
    second = sum(wall for name, (wall, _) in rows if "second" in name)
    print(
        f"\nfirst start, before serving: {first:.1f} s wall "
        f"(skeleton: {sum(w for n, (w, _) in BEFORE.items() if 'first' in n):.1f} s)"
    )
    print(f"second start, before serving (plus migrate's check): {second:.1f} s wall")
    print("Includes ~3-4 s of Python and Django start-up in every step.")


if __name__ == "__main__":
    main()
