"""The desk's admin at 100,000 articles on PostgreSQL: the flat article list under every filter,
and the dashboard, beside Wagtail's own page explorer of the News section, in the same run.

    uv run python bench/desk_list.py [rounds]

Reuses the scale database of bench/scale_data.py (built once, a few minutes). Adds once a
handful of drafts in review and sent back, so the workflow filters have something to find.
Each URL is requested `rounds` times (20 by default) by a superuser and by an Editor, in-process
through the whole stack (middleware, admin view, templates); the figure is the server time
p50 / p95 in ms, the query count of one request, and this process's CPU
time p50 / p95 (on a shared machine the wall time also holds the wait for a core: see the load
average printed beside). Goal: p95 <= 100 ms for the list under
every filter and for the dashboard.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_data

GOAL_MS = 100
REVIEW_DRAFTS = 12


def urls(news, topic, author, task):
    from newsroom.desk.filters import STATUSES

    desk = "/admin/articles/"
    by_status = [
        (f"  status {label.lower()}", f"{desk}?status={key}", True) for key, label in STATUSES
    ]
    return [
        ("article list, newest first", desk, True),
        ("  sorted by published", f"{desk}?ordering=-published_at", True),
        *by_status,
        ("  topic", f"{desk}?topic={topic.pk}", True),
        ("  author", f"{desk}?author={author.pk}", True),
        ("  tag", f"{desk}?tag=ukraine", True),
        ("  date range", f"{desk}?published_at_from=2020-01-01&published_at_to=2020-03-31", True),
        ("  workflow step", f"{desk}?workflow_step={task.pk}", True),
        ("  headline search", f"{desk}?q=ukraine", True),
        (
            "  everything at once",
            f"{desk}?status=live&topic={topic.pk}&tag=ukraine&published_at_from=2019-01-01"
            "&published_at_to=2021-12-31&ordering=-published_at",
            True,
        ),
        ("dashboard", "/admin/", True),
        ("Wagtail explorer of News", f"/admin/pages/{news.pk}/", False),
        ("Wagtail explorer, search", f"/admin/pages/{news.pk}/?q=ukraine", False),
    ]


def people():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    boss = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", "admin@windownews.invalid", None
    )
    editor, _ = User.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name="Editor"))
    reporter, _ = User.objects.get_or_create(username="bench-reporter")
    reporter.groups.add(Group.objects.get(name="Reporter"))
    return boss, editor, reporter


def review_drafts(news, topic, reporter, editor):
    """A few drafts submitted for review, a third sent back: what a desk has open at any time."""
    from wagtail.models import Task

    from newsroom.models import ArticlePage

    if ArticlePage.objects.filter(slug__startswith="bench-review-").exists():
        return
    task = Task.objects.get(name="Editorial review").specific
    for n in range(REVIEW_DRAFTS):
        page = ArticlePage(title=f"Bench review {n}", slug=f"bench-review-{n}", topic=topic)
        page.body = [("paragraph", "<p>Text.</p>")]
        page.owner = reporter
        news.add_child(instance=page)
        page.save_revision(user=reporter)
        page.get_workflow().start(page, reporter)
        if n % 3 == 0:
            page.refresh_from_db()
            task.on_action(page.current_workflow_task_state, editor, "reject")


def measure(client, url, rounds):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url).status_code == 200, url  # warm
    times, cpu = [], []
    for _ in range(rounds):
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return p95(times), len(queries), p95(cpu)


def p95(values):
    ordered = sorted(values)
    return statistics.median(values), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main(rounds=20):
    scale_data.setup_django(100_000)
    scale_data.fill_to(100_000)
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # review e-mails
    from django.test import Client
    from wagtail.models import Task

    from newsroom.models import ArticleAuthor, Author
    from windownews.startup import settle

    news, topics = scale_data.site()
    topic = topics["Russia-Ukraine War"]
    boss, editor, reporter = people()
    review_drafts(news, topic, reporter, editor)
    author = Author.objects.filter(pk__in=ArticleAuthor.objects.values("author")).first()
    author = author or Author.objects.get_or_create(name="Bench desk", slug="bench-desk")[0]
    task = Task.objects.get(name="Editorial review")
    # as a served process does at start (windownews/wsgi.py), but no warming thread beside
    # the timed requests (this process runs tasks inline)
    settle(warm=False)
    clients = {}
    for name, user in (("superuser", boss), ("Editor", editor)):
        clients[name] = Client(HTTP_HOST="localhost")
        clients[name].force_login(user)
    print(
        f"{scale_data.article_count():,} articles, {rounds} requests each, "
        f"load average {os.getloadavg()[0]:.1f}; server time in ms, p50 / p95 (queries)"
    )
    print("wall p50 / p95 (queries) and this process's CPU p50 / p95, ms")
    print(f"{'screen':36} | {'superuser':>32} | {'Editor':>32} | p95 <= {GOAL_MS}")
    missed = missed_cpu = 0
    for label, url, ours in urls(news, topic, author, task):
        cells, worst, worst_cpu = [], 0.0, 0.0
        for client in clients.values():
            (p50, wall95), count, (cpu50, cpu95) = measure(client, url, rounds)
            cells.append(f"{p50:5.0f} /{wall95:5.0f} ({count:2}) cpu {cpu50:3.0f} /{cpu95:4.0f}")
            worst, worst_cpu = max(worst, wall95), max(worst_cpu, cpu95)
        verdict = f"{verdict_of(worst)}, cpu {verdict_of(worst_cpu)}" if ours else "(Wagtail's)"
        missed += ours and worst > GOAL_MS
        missed_cpu += ours and worst_cpu > GOAL_MS
        print(f"{label:36} | {cells[0]:>32} | {cells[1]:>32} | {verdict}")
    print(
        f"load average after: {os.getloadavg()[0]:.1f}; screens over the goal: {missed} by "
        f"wall time, {missed_cpu} by CPU time"
    )
    if os.getloadavg()[0] > os.cpu_count():
        print("The machine is loaded (load > cores): wall times include the wait for a core.")


def verdict_of(ms):
    return "yes" if ms <= GOAL_MS else "NO"


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:2]))
