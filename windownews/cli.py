"""The `windownews` command: demo, serve, worker, and Django's own commands."""

import argparse
import contextlib
import hashlib
import os
import secrets
import shutil
import sys


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
    import django

    django.setup()
    from django.core.management import call_command

    return call_command


def prepare(call_command):
    call_command("migrate", interactive=False, verbosity=0)
    collect_static(call_command)


def collect_static(call_command):
    """collectstatic re-processes ~1,300 files (seconds of CPU) even when nothing changed,
    so it runs only when the static sources differ from the last run's."""
    from django.conf import settings
    from django.contrib.staticfiles.finders import get_finders

    fingerprint = hashlib.sha256(settings.STORAGES["staticfiles"]["BACKEND"].encode())
    for finder in get_finders():
        for path, storage in sorted(finder.list(["CVS", ".*", "*~"]), key=lambda item: item[0]):
            stat = os.stat(storage.path(path))
            fingerprint.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    stamp = settings.DATA_DIR / "static-sources.sha256"
    manifest = settings.STATIC_ROOT / "staticfiles.json"
    if manifest.exists() and stamp.exists() and stamp.read_text() == fingerprint.hexdigest():
        return
    call_command("collectstatic", interactive=False, verbosity=0)
    stamp.write_text(fingerprint.hexdigest())


# One demo account per newsroom role (the groups come from newsroom's roles migration).
ROLE_ACCOUNTS = (
    ("reporter", "Reporter"),
    ("editor", "Editor"),
    ("moderator", "Moderator"),
    ("administrator", "Administrator"),
)


def ensure_admin():
    """Create the admin account and one account per role, once each.

    Returns [(username, role, one-time password or None when the account existed)]."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    users = get_user_model()
    accounts = []
    for username, role in (("admin", "superuser"), *ROLE_ACCOUNTS):
        if users.objects.filter(username=username).exists():
            accounts.append((username, role, None))
            continue
        password = secrets.token_urlsafe(12)
        if role == "superuser":
            users.objects.create_superuser(username, f"{username}@windownews.invalid", password)
        else:
            users.objects.create_user(
                username, f"{username}@windownews.invalid", password
            ).groups.add(Group.objects.get(name=role))
        accounts.append((username, role, password))
    return accounts


def demo(args):
    call_command = _django()
    print("Preparing the database and static files ...", flush=True)
    prepare(call_command)
    call_command("load_demo")
    from django.conf import settings

    from comments.models import FilterModel

    if not FilterModel.objects.exists():  # else the first comment would wait for the fit
        call_command("train_comment_filter")
    accounts = ensure_admin()
    url = f"http://{args.host}:{args.port}"
    print(f"\nGlobal WindowNews is at {url}/  (the flagship article is on the front page)")
    print(f"Newsroom admin:          {url}/admin/")
    for username, role, password in accounts:
        if password:
            print(
                f"  user: {username:<14} role: {role:<14} one-time password: {password}   "
                "(change it after logging in)"
            )
        else:
            reset = f"windownews manage changepassword {username}"
            print(
                f"  user: {username:<14} role: {role:<14} "
                f"(password shown at first run; reset: {reset})"
            )
    from ingest.wordpress_demo import startup_text

    print(*startup_text(url), sep="\n")
    print("Scheduled articles go live by themselves, within seconds of their time.")
    print(f"Live coverage: {url}/news/russia-ukraine-war-live/ — post an update from another")
    print("terminal with `uv run windownews live-tick` (or `--every 20`) and watch it arrive.")
    print(f"Emails (follow confirmations, alerts) are written to {settings.MAIL_FILE_DIR}")
    print("People, places and quotes are found in the background; /people/ fills in as it goes.")
    print("Press Ctrl-C to stop.\n", flush=True)
    start_scheduler_process()
    serve(args)


def start_scheduler_process():
    """The demo's background process (`windownews scheduler`): scheduled publishing, as the
    worker does in production, then the demo's WordPress import and entities. Ctrl-C reaches
    it too."""
    import subprocess

    return subprocess.Popen([sys.executable, "-m", "windownews.cli", "scheduler"])


def scheduler(args):
    _django()
    import threading

    from django.db import DatabaseError

    from newsroom.scheduling import run_scheduler

    parent = os.getppid()
    # Ends by itself when the server it was started for goes away (its parent changes).
    loop = threading.Thread(
        target=run_scheduler,
        args=(threading.Event(), args.interval),
        kwargs={"alive": lambda: os.getppid() == parent},
        daemon=True,
    )
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C in the demo's terminal reaches us too
        loop.start()
        move_wordpress_site_in()
        try:
            find_entities()  # beside the scheduled publishing, which must not wait for it
        except DatabaseError as error:  # the site and the scheduling go on without them
            print(f"Finding people, places and quotes stopped ({error}); the next start resumes.")
        loop.join()


def move_wordpress_site_in():
    """The demo's WordPress import (ingest.wordpress_demo), once, before the entities: its
    articles then get theirs too."""
    from django.db import DatabaseError

    from ingest.wordpress_demo import import_site, summary

    try:
        run = import_site()
    except DatabaseError as error:  # an import resumes where it stopped: the next start
        print(f"The demo's WordPress import stopped ({error}); the next start resumes it.")
        return
    if run is not None:
        print(summary(run), flush=True)


def find_entities():
    """The demo's articles were bulk-loaded, so no publish extracted their quotes, people and
    places: done here, beside the server, as production's worker does after each publish (its
    pages are purged as it goes). Minutes of work on the first run; the site need not wait."""
    from django.core.management import call_command
    from django.db import OperationalError

    from entities.tasks import extract
    from newsroom.models import ArticlePage

    missing = ArticlePage.objects.filter(mentions__isnull=True, quotes__isnull=True).distinct()
    found = 0
    # Ids first: a read left open across the writes would keep SQLite from granting them.
    for pk in list(missing.values_list("pk", flat=True)):
        article = ArticlePage.objects.filter(pk=pk).first()
        try:
            found += sum(extract(article)) if article else 0
        except OperationalError:  # the database stayed busy: the next start picks it up
            print(f"Article {pk}: the database was busy; its entities wait for the next start.")
    if found:
        # Related lists weigh the entities just found; search learns their names.
        call_command("compute_related")
        call_command("index_search")
        print(f"People, places and quotes found: {found} suggestions.", flush=True)


def serve(args):
    """Replace this process with granian, so Ctrl-C and SIGTERM reach the server directly."""
    from django.conf import settings

    # One process per CPU in production (or with Redis), one in the demo; `--workers` sets
    # more, and they share the demo's disk cache as they would Redis.
    production_like = settings.PRODUCTION or bool(settings.REDIS_URL)
    workers = args.workers or (max(os.cpu_count() or 1, 1) if production_like else 1)
    granian = shutil.which("granian") or os.path.join(os.path.dirname(sys.executable), "granian")
    command = [
        granian,
        "--interface",
        "wsgi",
        "windownews.wsgi:application",  # Django behind the page cache's fast path
        "--host",
        args.host,
        "--port",
        str(args.port),
        "--workers",
        str(workers),
        "--blocking-threads",
        str(args.threads),
        "--no-ws",
        # No --static-path-mount: WhiteNoise serves /static/ with its brotli/gzip copies and
        # marks hashed names immutable, which granian's static server does not do.
    ]
    if settings.LOGGING["handlers"]["console"]["formatter"] == "json":
        import pagecache

        command += [
            "--log-config",
            os.path.join(os.path.dirname(pagecache.__file__), "granian-logging.json"),
        ]
    os.execv(granian, command)  # noqa: S606 (a fixed argv, no shell involved)


def worker(args):
    """Background tasks (django-tasks-db) plus scheduled publishing, in one process."""
    call_command = _django()
    from newsroom.scheduling import start_scheduler_thread
    from windownews.startup import warm_in_background

    warm_in_background()  # the first publish's tasks would load the models otherwise
    start_scheduler_thread()
    call_command("db_worker", *args.rest)


def manage(args):
    _django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["windownews", *args.rest])


def main(argv=None):
    parser = argparse.ArgumentParser(prog="windownews", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, handler, text in (
        ("demo", demo, "set up and load the demo site, then serve it"),
        ("serve", serve_command, "serve the site with granian"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        sub.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        sub.add_argument(
            "--workers",
            type=int,
            default=0,
            help="processes (default: 1 in the demo, one per CPU in production)",
        )
        sub.add_argument("--threads", type=int, default=int(os.environ.get("THREADS", "4")))
        sub.set_defaults(handler=handler)
    for name, handler, text in (
        (
            "worker",
            worker,
            "run background tasks (django-tasks-db db_worker) and scheduled publishing",
        ),
        ("manage", manage, "run a Django management command"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("rest", nargs=argparse.REMAINDER)
        sub.set_defaults(handler=handler)
    sub = commands.add_parser("import-wordpress", help="import a WordPress export (WXR file)")
    sub.add_argument(
        "rest", nargs=argparse.REMAINDER, help="EXPORT.xml [--uploads DIR] [--dry-run]"
    )
    sub.set_defaults(handler=import_wordpress)
    sub = commands.add_parser(
        "scheduler",
        help="the demo's background process: scheduled publishing (the worker does this "
        "too), then the demo's WordPress import and entities",
    )
    sub.add_argument(
        "--interval", type=float, default=2.0, help="longest wait before a new time is seen"
    )
    sub.set_defaults(handler=scheduler)
    sub = commands.add_parser(
        "live-tick", help="post the next update to the demo's live page (watch it arrive)"
    )
    sub.add_argument("--every", type=int, default=0, help="keep posting every N seconds")
    sub.set_defaults(handler=live_tick)
    args = parser.parse_args(argv)
    args.handler(args)


def live_tick(args):
    _django()
    import time

    from ingest.live_demo import tick

    with contextlib.suppress(KeyboardInterrupt):
        while True:
            entry = tick()
            print(f"Posted to {entry.page.full_url or entry.page.url}: {entry.text()[:70]}")
            if not args.every:
                break
            time.sleep(args.every)


def import_wordpress(args):
    call_command = _django()
    prepare(call_command)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["windownews", "import_wordpress", *args.rest])


def serve_command(args):
    _django()
    serve(args)


if __name__ == "__main__":
    main()
