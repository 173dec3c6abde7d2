"""Alerts to 100,000 followers on PostgreSQL, handed to an SMTP server on loopback.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/windownews_following \
        uv run python bench/alerts.py [--followers 100000] [--workers 2]

Loads N confirmed followers of one story-line (bulk-created the first time, kept after),
starts Postfix's smtp-sink (Debian package postfix) on loopback and `db_worker` processes
(django-tasks-db), then publishes articles the way the admin does (a revision's publish()):
  * "publish, nobody follows": three articles in a story-line with no follower (median),
  * "publish, N follow": one article in the followed story-line,
and prints both publish times side by side (publishing only queues a task), then the time
from that publish to the last email accepted by the SMTP server (goal <= 60 s), the number
received (must be exactly N: one each) and each worker's peak memory (VmHWM).
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SMTP_PORT = 8850
GOAL_SECONDS = 60
EMAIL = "bench-{}@example.invalid"


class SmtpSink:
    """Postfix's smtp-sink (Debian package postfix), an SMTP server written for benchmarks: it
    takes mail as fast as C can and appends every transaction to one dump file, from which we
    count the recipients. aiosmtpd, the Python server of the tests, tops out at ~350 messages/s
    here, slower than our sender, so it could not show the goal."""

    def __init__(self, port, folder):
        if shutil.which("smtp-sink") is None:
            sys.exit("smtp-sink not found: apt-get install postfix (Debian ships it there)")
        self.dump = Path(folder) / "dump"
        user = []
        if os.geteuid() == 0:  # smtp-sink refuses to run as root
            user = ["-u", "nobody"]
            shutil.chown(folder, "nobody")
        self.process = subprocess.Popen(
            ["smtp-sink", *user, "-D", str(self.dump), f"127.0.0.1:{port}", "1000"]
        )
        self.offset = 0
        self.recipients = []
        self.last = 0.0

    def poll(self):
        """Reads what arrived since the last poll: the recipients, and when the last came (to
        the poll interval, 0.1 s)."""
        if not self.dump.exists():
            return 0
        with self.dump.open("rb") as dump:
            dump.seek(self.offset)
            chunk = dump.read()
        chunk = chunk[: chunk.rfind(b"\n") + 1]  # whole lines only
        self.offset += len(chunk)
        found = re.findall(rb"^X-Rcpt-Args: <([^>]*)>", chunk, re.MULTILINE)
        if found:
            self.recipients.extend(found)
            self.last = time.time()
        return len(self.recipients)

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def environment(port):
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/windownews_following")
    env.setdefault("WINDOWNEWS_DATA_DIR", tempfile.mkdtemp(prefix="bench-alerts-"))
    env.update(
        TASKS_BACKEND="database",
        MAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        MAIL_HOST="127.0.0.1",
        MAIL_PORT=str(port),
        LOG_LEVEL="warning",
    )
    return env


def site():
    from ingest.loader import ensure_child, ensure_site, ensure_topic
    from newsroom.models import NewsIndexPage, TopicIndexPage

    home = ensure_site("Global WindowNews")
    news = ensure_child(home, NewsIndexPage, title="News", slug="news")
    index = ensure_child(home, TopicIndexPage, title="Topics", slug="topics")
    followed = ensure_topic(index, "Bench followed story", "Followed by every bench subscriber.")
    quiet = ensure_topic(index, "Bench quiet story", "Followed by nobody.")
    return news, followed, quiet


def ensure_followers(topic, count):
    from django.utils import timezone

    from following.models import Alert, Follow, Subscriber

    Alert.objects.filter(subscriber__email__startswith="bench-").delete()
    have = Subscriber.objects.filter(email__startswith="bench-").count()
    now = timezone.now()
    Subscriber.objects.bulk_create(
        (Subscriber(email=EMAIL.format(n), confirmed_at=now) for n in range(have, count)),
        batch_size=10_000,
    )
    ids = Subscriber.objects.filter(email__startswith="bench-").values_list("pk", flat=True)
    Follow.objects.bulk_create(
        (
            Follow(subscriber_id=pk, kind="topic", target_id=topic.pk, confirmed_at=now)
            for pk in ids
        ),
        batch_size=10_000,
        ignore_conflicts=True,
    )
    Subscriber.objects.filter(email__startswith="bench-").update(
        frequency="instant", suppressed_reason="", daily_cap=10_000
    )
    return Subscriber.objects.reachable().filter(follows__target_id=topic.pk).count()


def timed_publish(news, topic, title):
    from newsroom.models import ArticlePage

    page = ArticlePage(
        title=title,
        slug=f"bench-alert-{time.time_ns()}",
        topic=topic,
        standfirst="What happened, in one sentence.",
        body=[("paragraph", "<p>The facts, in order.</p>")],
        live=False,
    )
    news.add_child(instance=page)
    revision = page.save_revision()
    started = time.perf_counter()
    revision.publish()
    return started, time.perf_counter() - started


def sink_ceiling(port, count=2000, connections=2):
    """Messages a second the SMTP server takes from bare smtplib clients (no Django): the
    fastest any sender could go on this machine, to read the result against."""
    import smtplib
    import threading

    raw = b"Subject: ceiling\r\nTo: x@example.invalid\r\n\r\n" + b"Some text.\r\n" * 60

    def send(n):
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for _ in range(n):
                smtp.sendmail("bench@example.invalid", ["x@example.invalid"], raw)

    threads = [
        threading.Thread(target=send, args=(count // connections,)) for _ in range(connections)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return count / (time.perf_counter() - started)


def cpu_seconds(pid):
    """User + system CPU time the process has used so far (/proc/PID/stat, in clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_kb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--followers", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    env = environment(SMTP_PORT)
    os.environ.update(env)

    sink = SmtpSink(SMTP_PORT, tempfile.mkdtemp(prefix="bench-alerts-sink-"))
    time.sleep(0.5)  # listening
    ceiling = sink_ceiling(SMTP_PORT, connections=args.workers)
    before = sink.poll()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    call_command("migrate", verbosity=0)
    news, followed, quiet = site()
    DBTaskResult.objects.all().delete()  # nothing left over from an earlier run
    print(f"followers ready: {ensure_followers(followed, args.followers):,}", flush=True)

    workers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.05", "--no-startup-delay"],
            cwd=ROOT,
            env=env,
        )
        for _ in range(args.workers)
    ]
    try:
        time.sleep(3)  # the workers have imported Django
        quiet_times = [timed_publish(news, quiet, f"Quiet {n}")[1] for n in range(3)]
        time.sleep(1)  # the quiet articles' own tasks are done
        cpu_before = [cpu_seconds(worker.pid) for worker in workers]
        started, followed_time = timed_publish(news, followed, "Bench: a story moves")
        published = time.time() - (time.perf_counter() - started)
        while sink.poll() - before < args.followers and time.time() - published < 1200:
            time.sleep(0.1)
        last = sink.last
        time.sleep(2)  # anything beyond N would be a duplicate
        received = sink.poll() - before
        distinct = len(set(sink.recipients[before:]))
        peaks = [peak_kb(worker.pid) / 1024 for worker in workers]
        cpu = sum(cpu_seconds(w.pid) - at for w, at in zip(workers, cpu_before, strict=True))
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(30)
        sink.stop()

    elapsed = last - published
    load = os.getloadavg()[0]
    print(f"\n{'':34}{'nobody follows':>16}{f'{args.followers:,} follow':>16}")
    print(
        f"{'publish() call (ms)':34}{statistics.median(quiet_times) * 1000:>16.1f}"
        f"{followed_time * 1000:>16.1f}"
    )
    one_each = received == distinct == args.followers
    print(
        f"\nemails received by the SMTP server: {received:,}, to {distinct:,} addresses "
        f"(expected {args.followers:,} of each)"
    )
    print(
        f"publish -> last email handed over: {elapsed:.1f} s (goal <= {GOAL_SECONDS} s: "
        f"{'met' if elapsed <= GOAL_SECONDS and one_each else 'MISSED'})"
    )
    floor = args.followers / ceiling
    print(
        f"the SMTP server's own ceiling, bare smtplib over {args.workers} connections: "
        f"{ceiling:,.0f} messages/s, so >= {floor:.0f} s for {args.followers:,} on this machine"
    )
    print(f"alerts sent: {received / elapsed:,.0f} messages/s")
    print(
        f"workers' CPU for the alerts: {cpu:.1f} s in all, so {cpu / args.workers:.1f} s of wall "
        f"time on {args.workers} idle cores ({received / cpu:,.0f} messages per CPU second)"
    )
    print("peak worker memory (VmHWM): " + ", ".join(f"{mb:.0f} MB" for mb in peaks))
    print(
        f"workers: {args.workers}; load average at the end: {load:.2f}; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


if __name__ == "__main__":
    main()
