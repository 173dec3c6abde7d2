"""An import process killed (SIGKILL) mid-way and started again ends whole: no duplicate, no
broken reference (comment threads, lead images, page parents, internal links), and the
report's counts add up."""

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from wagtail.contrib.redirects.models import Redirect

from comments.models import Comment
from ingest.models import ImportRun, PendingReference, WordPressItem
from ingest.tests.wordpress import THEME, run, uploads
from ingest.wordpress import parse
from newsroom.models import ArticlePage, StandardPage

pytestmark = pytest.mark.django_db(transaction=True)  # the killed process commits for real
ROOT = Path(__file__).resolve().parents[2]
KILL_AT = 100  # items done: the first chunk of posts is committed, the second under way


def database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def import_killed_at(done, folder):
    """Start the command, read its progress lines, SIGKILL it once `done` items are through."""
    env = {**os.environ, "DATABASE_URL": database_url(), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "manage.py", "import_wordpress", str(THEME), "--uploads"]
    process = subprocess.Popen(
        [*command, str(folder), "-v", "2"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    for line in process.stdout:  # "125/186 items (post) · ..."
        progress = re.match(r"(\d+)/\d+ items", line)
        if progress and int(progress.group(1)) >= done:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    process.stdout.close()
    return process.returncode


def test_a_killed_import_started_again_ends_whole(tmp_path):
    folder = uploads(tmp_path)
    assert import_killed_at(KILL_AT, folder) == -signal.SIGKILL
    posts_in_file = sum(
        1 for i in parse.read(THEME) if isinstance(i, parse.Item) and i.post_type == "post"
    )
    half = WordPressItem.objects.filter(kind="post").count()
    assert 0 < half < posts_in_file  # killed mid-way, with some posts committed
    [killed] = ImportRun.objects.settle_interrupted()  # its process is gone: not "running"
    assert killed.status == ImportRun.Status.INTERRUPTED and killed.done <= KILL_AT

    report = run(THEME, folder)

    for kind in report.counts:
        assert report.accounted(kind), kind
    posts = report.counts["posts"]
    assert posts["unchanged"] == half  # what the killed run committed is not done twice
    assert posts["imported"] + posts["unchanged"] + posts["skipped"] == posts_in_file
    no_duplicates()
    no_broken_references()
    featured = ArticlePage.objects.get(title="Template: Featured Image (Horizontal)")
    assert featured.lead_image.file.name.endswith(".jpg")


def no_duplicates():
    rows = WordPressItem.objects.filter(kind="post")
    assert ArticlePage.objects.count() == rows.count()
    assert rows.values("object_id").distinct().count() == rows.count()
    comment_rows = WordPressItem.objects.filter(kind="comment")
    assert Comment.objects.count() == comment_rows.count()
    assert Redirect.objects.values("old_path").distinct().count() == Redirect.objects.count()


def no_broken_references():
    comments = {row.wp_id: row.object_id for row in WordPressItem.objects.filter(kind="comment")}
    for item in parse.read(THEME):
        if not isinstance(item, parse.Item) or item.post_type != "post":
            continue
        for data in item.comments:
            if data["wp:comment_id"] not in comments:
                continue  # skipped, with its reason in the report
            comment = Comment.objects.get(pk=comments[data["wp:comment_id"]])
            parent = data.get("wp:comment_parent", "0")
            assert comment.parent_id == (comments[parent] if parent != "0" else None)
    assert StandardPage.objects.get(title="Level 3").get_parent().title == "Level 2"
    imported_urls = set(WordPressItem.objects.values_list("url", flat=True))
    waiting = PendingReference.objects.values_list("target_url", flat=True)
    assert not imported_urls & set(waiting)  # every link whose target arrived was rewritten
