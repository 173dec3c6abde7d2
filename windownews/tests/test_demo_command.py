"""`windownews demo` on an empty data folder: builds, loads, serves, stops on Ctrl-C, and a
second run adds nothing. Runs the real command in a subprocess, as a reader would."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pagecache.tests.edge import free_port

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the demo is the SQLite set-up; the SQLite run of the suite covers it",
)
COMMAND = Path(sys.executable).with_name("windownews")
SEED_PATH = "/news/ukraine-may-not-join-nato-zelenskyy/"


def get(url):
    # Generous: a first render of the home page beside the demo's background work took over
    # 10 s on a loaded CI machine (load 15). A timeout only keeps a hung server from hanging
    # the suite; it is not a speed check (those live in bench/).
    with urllib.request.urlopen(url, timeout=180) as response:  # noqa: S310 (a local http URL)
        return response.status, response.read().decode()


class Demo:
    """One `windownews demo` process; output goes to files so a full pipe can never block it."""

    def __init__(self, data_dir, port):
        self.port, self.base = port, f"http://127.0.0.1:{port}"
        # Beside the data folder, which the demo itself must create.
        self.out, self.err = (
            data_dir.with_name(f"demo-{port}.out"),
            data_dir.with_name(f"demo-{port}.err"),
        )
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
        }
        env.update(WINDOWNEWS_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
        with self.out.open("w") as out, self.err.open("w") as err:
            self.process = subprocess.Popen(
                [COMMAND, "demo", "--port", str(port)], stdout=out, stderr=err, env=env
            )

    def wait_until_serving(self, timeout=600):  # a loaded CI machine is slow to migrate
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, (
                f"demo exited early:\n{self.output()}\n{self.errors()}"
            )
            try:
                return get(self.base + SEED_PATH)
            except OSError:
                time.sleep(0.5)
        pytest.fail(f"demo did not answer within {timeout} s:\n{self.output()}\n{self.errors()}")

    def interrupt(self):
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=30)

    def output(self):
        return self.out.read_text()

    def errors(self):
        return self.err.read_text()

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def run_demo(data_dir):
    demo = Demo(data_dir, free_port())
    try:
        status, html = demo.wait_until_serving()
        home_status, home = get(demo.base + "/")
        code = demo.interrupt()
    finally:
        demo.kill()
    return demo, status, html, home_status, home, code


def article_counts(data_dir):
    with sqlite3.connect(data_dir / "windownews.sqlite3") as db:
        rows = db.execute(
            "SELECT substr(external_id, 1, 3), count(*) FROM newsroom_articlepage GROUP BY 1"
        ).fetchall()
        users = db.execute("SELECT count(*) FROM auth_user WHERE username = 'admin'").fetchone()[0]
    return dict(rows), users


def demo_content(counts):
    """The corpus and the seed article: what the demo loads before it serves. (The WordPress
    site it then imports in the background is ingest/tests/test_wordpress_demo.py's.)"""
    articles, users = counts
    return {prefix: articles.get(prefix, 0) for prefix in ("wn-", "gv-", "see")}, users


def test_it_builds_serves_stops_cleanly_and_adds_nothing_the_second_time(data_dir):
    demo, status, html, home_status, home, code = run_demo(data_dir)
    output = demo.output()
    assert status == 200 and "<h1" in html and "Ukraine may not join NATO – Zelenskyy" in html
    assert home_status == 200 and "Global WindowNews" in home
    assert "Demo content ready: 479 new article(s)." in output
    assert (
        f"http://127.0.0.1:{demo.port}/" in output
        and f"http://127.0.0.1:{demo.port}/admin/" in output
    )
    assert re.search(r"user: admin +(?:role: \w+ +)?one-time password: \S{12,}", output), output
    # Ctrl-C stops the server with a clean exit and no traceback.
    assert code == 0, demo.errors()
    assert "Traceback" not in demo.errors() + output
    first = article_counts(data_dir)
    assert demo_content(first) == ({"wn-": 331, "gv-": 147, "see": 1}, 1)

    again, status, _, _, _, code = run_demo(data_dir)
    assert status == 200 and code == 0
    assert "Demo content ready: 0 new article(s)." in again.output()
    assert "one-time password" not in again.output()  # printed once, at the first run
    second = article_counts(data_dir)
    assert demo_content(second) == ({"wn-": 331, "gv-": 147, "see": 1}, 1)
    # An import stopped by the first Ctrl-C goes on; none is undone or made twice.
    assert second[0].get("wor", 0) >= first[0].get("wor", 0)
