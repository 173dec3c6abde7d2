"""Cached pages also written as files, for nginx to serve without Python (optional).

With PAGECACHE_PAGE_DIR set, every cached canonical HTML page (no query string) is written
to <dir>/<path>/index.html with .gz and .br beside it; the nginx recipe (deploy/nginx.conf)
serves them to anonymous GETs with `try_files`. A purge unlinks them. nginx cannot expire a
file, so each has a `.expires` note, and a sweeper thread in every app process renders an
expired page anew while nginx keeps serving the old file (`sweep`); without stampede
protection, or when that render fails, it unlinks the file and the next request reaches the app.
"""

import contextlib
import os
import threading
import time
from pathlib import Path

from django.conf import settings

from pagecache import store

SUFFIXES = ("", ".gz", ".br")
NOTE = ".expires"


def root() -> Path | None:
    return Path(settings.PAGECACHE_PAGE_DIR) if settings.PAGECACHE_PAGE_DIR else None


def _target(path: str) -> Path | None:
    base = root()
    # Only directory-style pages: nginx maps /news/x/ to news/x/index.html. '..' cannot occur
    # in a routed Wagtail path, but refuse it anyway rather than write outside the folder.
    if base is None or not path.endswith("/") or "/../" in path or "\x00" in path:
        return None
    return base / path.lstrip("/") / "index.html"


def _write_atomic(file: Path, data: bytes) -> None:
    temporary = file.with_name(f".{file.name}.{os.getpid()}.{threading.get_ident()}")
    temporary.write_bytes(data)
    os.replace(temporary, file)


def write(decision: store.Decision, entry: store.Entry) -> None:
    path, _, query = decision.key.partition("?")
    file = _target(path)
    content_type = dict(entry.headers).get("Content-Type", "")
    if file is None or query or not content_type.startswith("text/html"):
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(Path(f"{file}{NOTE}"), str(entry.fresh_until).encode())
    for suffix, data in zip(SUFFIXES, (entry.body, entry.gzip, entry.brotli), strict=True):
        _write_atomic(Path(f"{file}{suffix}"), data)
    # A purge that ran while we rendered bumped the generation after we read it; its unlink
    # may have come before our write, so look again and take the file back.
    _, generation = store.lookup(decision.key)
    if generation != decision.generation:
        unlink(path)


def ensure(decision: store.Decision, entry: store.Entry) -> None:
    """A hit that reached the app although the page is cached: nginx had no file (it was
    swept, or rendered on another machine). Write it while the entry is fresh."""
    path, _, query = decision.key.partition("?")
    file = _target(path)
    if file is not None and not query and entry.fresh_until > time.time() and not file.exists():
        write(decision, entry)


def unlink(path: str) -> None:
    file = _target(path)
    if file is None:
        return
    for suffix in (*SUFFIXES, NOTE):
        Path(f"{file}{suffix}").unlink(missing_ok=True)


def unlink_all() -> None:
    base = root()
    if base is None or not base.exists():
        return
    for folder, _, names in os.walk(base):
        for name in names:
            if name.startswith("index.html"):
                Path(folder, name).unlink(missing_ok=True)


def sweep(now: float | None = None, refresh=None) -> int:
    """Page files whose freshness has ended: with stampede protection, `refresh(path)` renders
    them anew while nginx keeps serving the old file (stale-while-revalidate, one rebuild under
    the shared lock); otherwise, or when that fails, they are unlinked. Returns how many."""
    base, now, gone = root(), now or time.time(), 0
    if base is None or not base.exists():
        return 0
    for folder, _, names in os.walk(base):
        if "index.html" + NOTE not in names:
            continue
        note = Path(folder, "index.html" + NOTE)
        try:
            expired = float(note.read_text() or 0) <= now
        except (OSError, ValueError):
            expired = True
        if expired:
            relative = Path(folder).relative_to(base).as_posix()
            path = "/" if relative == "." else f"/{relative}/"
            if not (
                refresh
                and settings.PAGECACHE_STAMPEDE_PROTECTION
                and _refreshed(path, note, refresh)
            ):
                unlink(path)
            gone += 1
    return gone


def _refreshed(path: str, note: Path, refresh) -> bool:
    try:
        refresh(path)
    except Exception:  # a failed rebuild must not stop the sweeper; the file goes instead
        return False
    # Rebuilt here or by another process holding the lock: the note moved on. Keep serving the
    # old file only while the cached entry may still be served stale.
    entry, _ = store.lookup(path + "?")
    fresh_note = note.exists() and float(note.read_text() or 0) > time.time()
    return fresh_note or (entry is not None and entry.stale_until > time.time())


def start_sweeper(interval: float = 1.0, refresh=None) -> None:
    if root() is None:
        return

    def loop():
        while True:
            time.sleep(interval)
            with contextlib.suppress(OSError):  # a file raced away; the next round sees the rest
                sweep(refresh=refresh)

    threading.Thread(target=loop, name="pagecache-sweeper", daemon=True).start()
