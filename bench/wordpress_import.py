"""WordPress import at scale: items/s, peak memory, and a re-run with nothing changed.

    DATABASE_URL=postgres://... uv run python bench/wordpress_import.py [POSTS] [COMMENTS_PER_POST]

Writes a synthetic WXR export (default 50,000 posts × 4 comments ≈ 1 GB; the body of each post
is ~18 KB of classic-editor text) to a temporary folder, never to the repository, imports it
into the database DATABASE_URL names (run it against a scratch database: it adds the posts),
then imports it again unchanged. Goals: peak RSS ≤ 256 MB; the re-run ≤ 10 % of the first.
Tasks go to the database queue, as in production: the Related lists of the imported articles
are computed by `windownews worker` afterwards, not inside the import process. Prints wall and
CPU time, the load average, and the resident memory along the way (a flat profile stays level
from the first tenth of the import to its end).
"""

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "windownews.settings")
os.environ.setdefault("TASKS_BACKEND", "database")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench News</title><link>https://bench.example</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://bench.example</wp:base_blog_url>
<wp:author><wp:author_login>desk</wp:author_login><wp:author_email>desk@bench.example</wp:author_email>
<wp:author_display_name><![CDATA[News Desk]]></wp:author_display_name></wp:author>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>world</wp:category_nicename>
<wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[World]]></wp:cat_name></wp:category>
"""
PARAGRAPH = "Officials said on Tuesday that the talks would resume next week in Geneva. " * 8
COMMENT = """<wp:comment><wp:comment_id>{cid}</wp:comment_id>\
<wp:comment_author><![CDATA[Reader {cid}]]></wp:comment_author>
<wp:comment_author_email>reader{cid}@example.org</wp:comment_author_email><wp:comment_author_IP>192.0.2.{ip}</wp:comment_author_IP>
<wp:comment_date_gmt>2020-01-02 10:00:00</wp:comment_date_gmt>\
<wp:comment_content><![CDATA[Comment number {cid}: I disagree.]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>{parent}</wp:comment_parent></wp:comment>
"""


def write_export(path, posts, comments_per_post):
    body = "\n\n".join([PARAGRAPH] * 30)
    with open(path, "w") as out:
        out.write(HEAD)
        cid = 0
        for n in range(1, posts + 1):
            out.write(
                f"<item><title>Story number {n}</title>"
                f"<link>https://bench.example/2020/01/02/story-{n}/</link>"
                "<dc:creator>desk</dc:creator>"
                f'<guid isPermaLink="false">https://bench.example/?p={n}</guid>'
                f"<content:encoded><![CDATA[{body}]]></content:encoded>"
                f"<excerpt:encoded><![CDATA[Story {n} in short.]]></excerpt:encoded>"
                f"<wp:post_id>{n}</wp:post_id>"
                "<wp:post_date_gmt>2020-01-02 09:00:00</wp:post_date_gmt>"
                f"<wp:post_modified_gmt>2020-01-03 09:00:00</wp:post_modified_gmt>"
                f"<wp:post_name>story-{n}</wp:post_name><wp:status>publish</wp:status>"
                f"<wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>"
                f'<category domain="category" nicename="world"><![CDATA[World]]></category>'
            )
            first = cid + 1
            for k in range(comments_per_post):
                cid += 1
                parent = first if k else 0
                out.write(COMMENT.format(cid=cid, ip=cid % 250 + 1, parent=parent))
            out.write("</item>\n")
        out.write("</channel></rss>\n")


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Samples:
    """Resident memory at each tenth of the import, and the rate so far (printed as it goes)."""

    def __init__(self):
        self.started, self.tenths = time.monotonic(), {}

    def __call__(self, done, total, phase):
        tenth = 10 * done // max(total, 1)
        if tenth not in self.tenths:
            self.tenths[tenth] = rss_mb()
            rate = done / max(time.monotonic() - self.started, 1e-6)
            print(
                f"  {done:,}/{total:,} items, {rate:.1f} posts/s, RSS {rss_mb():.0f} MB", flush=True
            )


def main():
    posts = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    per_post = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from ingest.wordpress.run import run_import

    call_command("migrate", interactive=False, verbosity=0)
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "bench.xml"
        write_export(export, posts, per_post)
        size = export.stat().st_size / 1e6
        items = posts * (1 + per_post)
        baseline = peak_rss_mb()  # Django, every app and the migration run, before the import
        load = os.getloadavg()[0]
        samples = Samples()
        started, cpu = time.monotonic(), time.process_time()
        report = run_import(str(export), progress=samples)
        first, first_cpu = time.monotonic() - started, time.process_time() - cpu
        peak = peak_rss_mb()
        started, cpu = time.monotonic(), time.process_time()
        again = run_import(str(export))
        second, second_cpu = time.monotonic() - started, time.process_time() - cpu
        load_after = os.getloadavg()[0]
    print(f"database: {connection.vendor}; export: {posts:,} posts, {posts * per_post:,} comments,")
    print(f"  {size:,.0f} MB")
    print(f"load average:  {load:.1f} at the start, {load_after:.1f} at the end (2 cores)")
    print(
        f"first import:  {first:,.1f} s wall, {first_cpu:,.1f} s CPU; "
        f"{items / first:,.1f} items/s (posts + comments), {posts / first:,.2f} posts/s"
    )
    print(
        f"peak RSS:      {peak:,.0f} MB    goal ≤ 256 MB  (before the import: {baseline:,.0f} MB)"
    )
    tenths = "  ".join(f"{10 * t}%:{mb:.0f}" for t, mb in sorted(samples.tenths.items()))
    print(f"RSS by progress (MB): {tenths}")
    print(
        f"re-run:        {second:,.1f} s wall, {second_cpu:,.1f} s CPU = "
        f"{100 * second / first:.1f} % of the first    goal ≤ 10 %"
    )
    print(
        f"  imported posts {report.counts['posts']['imported']:,}, comments "
        f"{report.counts['comments']['imported']:,}; errors {len(report.errors)}"
    )
    print(f"  unchanged posts on re-run: {again.counts['posts']['unchanged']:,}")
    if posts < 50_000:
        scale = 50_000 / posts
        print(f"extrapolated linearly to 50,000 posts: first import ≈ {first * scale / 3600:.1f} h")


if __name__ == "__main__":
    main()
