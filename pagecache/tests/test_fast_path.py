"""The WSGI fast path answers cached pages before Django, and writes files for nginx."""

import pytest

from pagecache.tests.edge import call

pytestmark = pytest.mark.django_db


def test_it_serves_hits_without_django_and_files_for_nginx(
    settings, tmp_path, make_article, monkeypatch
):
    from pagecache.purge import purge_paths
    from windownews import wsgi

    settings.PAGECACHE_PAGE_DIR = str(tmp_path)
    article = make_article("Fast path story")
    status, headers, body = call(wsgi.application, article.url)
    assert status.startswith("200") and b"Fast path story" in body
    file = tmp_path / article.url.strip("/") / "index.html"
    assert (
        file.read_bytes() == body and (tmp_path / article.url.strip("/") / "index.html.gz").exists()
    )

    # a hit must not need Django
    monkeypatch.setattr(wsgi.application, "django_application", None)
    status, headers, again = call(wsgi.application, article.url, HTTP_ACCEPT_ENCODING="br")
    assert (
        status.startswith("200")
        and headers["X-Cache"] == "HIT"
        and headers["Content-Encoding"] == "br"
    )
    monkeypatch.undo()
    # Revalidation goes to Django's ConditionalGetMiddleware, which answers from the entry.
    status, _, _ = call(wsgi.application, article.url, HTTP_IF_NONE_MATCH=headers["ETag"])
    assert status.startswith("304")
    since = headers["Last-Modified"]
    status, _, _ = call(wsgi.application, article.url, HTTP_IF_MODIFIED_SINCE=since)
    assert status.startswith("304")

    purge_paths([article.url])
    assert not file.exists()


def test_it_sweeps_page_files_whose_freshness_ended(settings, tmp_path):
    from pagecache import pagefiles, store

    settings.PAGECACHE_PAGE_DIR = str(tmp_path)
    decision = store.decide("/news/old/?")
    entry = store.save(decision, [("Content-Type", "text/html")], b"old", fresh_seconds=5)
    pagefiles.write(decision, entry)
    # Times of the entry's own, not the clock's: the machine may take seconds between lines.
    assert pagefiles.sweep(now=entry.fresh_until - 1) == 0
    assert pagefiles.sweep(now=entry.fresh_until + 1) == 1
    assert not (tmp_path / "news" / "old" / "index.html").exists()


def test_it_refuses_unknown_hosts_on_the_fast_path(make_article):
    from windownews import wsgi

    article = make_article("Host check")
    call(wsgi.application, article.url)
    status, _, _ = call(wsgi.application, article.url, HTTP_HOST="evil.example")
    assert status.startswith("400")


def test_it_writes_the_missing_file_when_a_cached_page_reaches_the_app(
    settings, tmp_path, make_article
):
    from windownews import wsgi

    article = make_article("Cached before files")
    call(wsgi.application, article.url)  # cached in Redis, no page folder yet
    settings.PAGECACHE_PAGE_DIR = str(tmp_path)
    status, headers, body = call(wsgi.application, article.url)
    assert headers["X-Cache"] == "HIT"
    assert (tmp_path / article.url.strip("/") / "index.html").read_bytes() == body


def test_it_rebuilds_an_expired_page_file_in_place_instead_of_dropping_it(
    settings, tmp_path, make_article
):
    from pagecache import pagefiles, store
    from windownews import wsgi

    settings.PAGECACHE_PAGE_DIR = str(tmp_path)
    article = make_article("Swept story")
    call(wsgi.application, article.url)
    note = tmp_path / article.url.strip("/") / "index.html.expires"
    renders = store.cache.get(store.RENDERS)
    expired_at = float(note.read_text()) + 1
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pagefiles.time, "time", lambda: expired_at)
        patch.setattr(store.time, "time", lambda: expired_at)
        assert pagefiles.sweep(refresh=lambda path: call(wsgi.application, path)) == 1
    assert (tmp_path / article.url.strip("/") / "index.html").exists()  # nginx never lost it
    assert store.cache.get(store.RENDERS) == renders + 1
    assert float(note.read_text()) > expired_at
