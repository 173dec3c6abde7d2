"""What a real export's <wp:comment>s hold besides readers' comments, and how readers' comments
are written: pingbacks and trackbacks are reported skips, HTML becomes our plain text, a date
with no GMT twin is kept, and a commenter's email typed where readers see it is hidden."""

from datetime import UTC, datetime

from comments.models import Comment
from ingest.tests.wordpress import attachment, comment, export, item, run, uploads


def test_it_skips_pingbacks_and_trackbacks_with_a_reason(db, tmp_path):
    comments = (
        comment(1)
        + comment(2, "[…] linked here […]", comment_type="pingback", comment_author="Blog")
        + comment(3, "A trackback", comment_type="trackback")
        + comment(4, "Order note", comment_type="note")
    )
    report = run(export(tmp_path, item(1, extra=comments)))
    assert Comment.objects.count() == 1
    counts = report.counts["comments"]
    assert (counts["in_file"], counts["imported"], counts["skipped"]) == (4, 1, 3)
    reasons = " ".join(skip["reason"] for skip in report.skips["comments"])
    assert "pingback" in reasons and "trackback" in reasons and "'note'" in reasons
    again = run(export(tmp_path, item(1, extra=comments)))  # the same file again
    assert again.counts["comments"]["skipped"] == 3 and again.accounted("comments")


def test_it_turns_a_comments_html_into_plain_text(db, tmp_path):
    body = (
        "Hi, this is a comment.<br />To delete it, view the post&#039;s comments."
        '<p>See <a href="https://example.org/a" rel="nofollow">this page</a> &amp; '
        '<a href="https://example.org/b">https://example.org/b</a></p><p>Bye</p>'
    )
    run(export(tmp_path, item(1, extra=comment(1, body))))
    assert Comment.objects.get().body == (
        "Hi, this is a comment.\nTo delete it, view the post's comments.\n\n"
        "See this page (https://example.org/a) & https://example.org/b\n\nBye"
    )


def test_it_dates_a_comment_with_no_gmt_date_from_its_local_date(db, tmp_path):
    extra = comment(1, comment_date_gmt="0000-00-00 00:00:00", comment_date="2012-03-04 05:06:07")
    run(export(tmp_path, item(1, extra=extra)))
    assert Comment.objects.get().created_at == datetime(2012, 3, 4, 5, 6, 7, tzinfo=UTC)


def test_it_hides_a_commenters_email_typed_into_the_name_or_text(db, tmp_path):
    extra = comment(
        1,
        "Write to me at Reader@Mail.example please",
        comment_author="reader@mail.example",
        comment_author_url="mailto:reader@mail.example",
    )
    run(export(tmp_path, item(1, extra=extra)))
    found = Comment.objects.get()
    assert found.email == "reader@mail.example"  # kept for moderators
    assert found.name == "Anonymous" and found.url == ""
    assert "@" not in found.body and "[email address hidden]" in found.body


def test_it_accounts_for_comments_on_an_attachment(db, tmp_path):
    path = export(tmp_path, attachment(5, "2008/06/canola2.jpg", extra=comment(9)))
    report = run(path, uploads(tmp_path / "uploads"))
    assert report.counts["attachments"]["imported"] == 1
    assert report.counts["comments"]["skipped"] == 1 and report.accounted("comments")
    assert run(path, uploads(tmp_path / "uploads")).accounted("comments")


def test_it_accounts_for_the_comments_of_a_post_that_failed(db, tmp_path, monkeypatch):
    from ingest.wordpress import redirects

    def fail(*args):  # after the post's comments were saved and counted
        raise RuntimeError("disk full")

    monkeypatch.setattr(redirects, "for_dates", fail)
    report = run(export(tmp_path, item(1, extra=comment(1) + comment(2, "Two"))))
    assert report.counts["posts"]["skipped"] == 1 and Comment.objects.count() == 0
    assert report.counts["comments"]["skipped"] == 2 and report.accounted("comments")
