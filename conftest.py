"""Fixtures shared by every app's tests: the demo
page tree, the seed article, an article factory."""

import os
from datetime import UTC, datetime

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite, test in a database file rather than Django's default in-memory database.

    With an in-memory database the live server hands its single connection to every request
    thread and to the test itself, so the browser's concurrent requests (an editing-session
    release beacon beside the next page load, the test's own queries) interleave their
    transactions on one connection: a rollback in one can undo another's session row, and a
    signed-in user is logged out mid-flow. A file gives each thread its own connection and
    SQLite's locking, as in production; the longer timeout lets a writer wait out a busy machine."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = str(
            tmp_path_factory.mktemp("db") / "test.sqlite3"
        )
        database.setdefault("OPTIONS", {})["timeout"] = 30


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # The hashed-manifest storage needs collectstatic first; tests read source files directly.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True, scope="session")
def _own_cache_keys():
    # Every checkout's test run shares Redis db 15: without a per-process prefix one run reads
    # another's cached values (e.g. Wagtail's site root paths, with the other run's site ids).
    # Changed in place once, so a test that swaps CACHES gets the original back untouched.
    from django.conf import settings
    from django.test.signals import setting_changed

    for conf in settings.CACHES.values():
        conf["KEY_PREFIX"] = f"{conf.get('KEY_PREFIX', '')}t{os.getpid()}"
    setting_changed.send(
        sender=None, setting="CACHES", value=settings.CACHES, enter=True
    )  # drops open connections


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _no_learned_filter_from_another_test():
    # The process keeps the newest spam model it has used; a test that trained one on its own
    # moderator decisions must not decide how a later test's comments are judged.
    from comments.classifier import loaded

    loaded.forget()
    yield
    loaded.forget()


@pytest.fixture
def site_tree(db):
    """Home, /news/ and /topics/ with the demo's topics, no articles."""
    from ingest.loader import ensure_sections

    return ensure_sections("Global WindowNews")


@pytest.fixture
def seed_article(site_tree):
    from ingest.loader import SEED_EXTERNAL_ID, load_demo
    from newsroom.models import ArticlePage

    load_demo(include_corpus=False)
    return ArticlePage.objects.get(external_id=SEED_EXTERNAL_ID)


@pytest.fixture
def make_article(site_tree):
    """make_article("Title", topic="Sport", live=True, published_at=..., tags=(), **fields)
    -> ArticlePage"""
    from ingest.loader import _unique_slug
    from newsroom.models import ArticlePage

    counter = iter(range(1, 10_000))

    def make(
        title=None,
        *,
        topic="Politics and Elections",
        live=True,
        published_at=None,
        body=None,
        tags=(),
        **fields,
    ):
        title = title or f"Article {next(counter)}"
        when = published_at or datetime(2022, 3, 1, 12, 0, tzinfo=UTC)
        page = ArticlePage(
            title=title,
            slug=_unique_slug(site_tree["news"], title),
            topic=site_tree["topics"].get(topic) if isinstance(topic, str) else topic,
            body=body or [("paragraph", f"<p>{title} body text.</p>")],
            published_at=when if live else published_at,
            first_published_at=when if live else None,
            live=live,
            **fields,
        )
        site_tree["news"].add_child(instance=page)
        if tags:
            page.tags.add(*tags)
            page.save()
        return page

    return make


# --- Personas: one user per newsroom role (groups come from newsroom's roles migration) ---
PERSONA_PASSWORD = "correct horse battery staple"  # noqa: S105 (test accounts only)


def sign_in_to_admin(page, base, user):
    """Signs a persona in to the Wagtail admin in a browser tab (Playwright) and returns the tab
    on the dashboard."""
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PERSONA_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page


def _rebuild_roles():
    """A transactional test flushed what the migrations created: put back the tree's root and the
    root collection the roles' permissions hang on, then the roles and their review workflow."""
    from django.apps import apps
    from wagtail.models import Collection

    from ingest.loader import _tree_root
    from newsroom.roles import create_roles

    _tree_root()
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    create_roles(apps)


def _persona(username, group_name=None):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    if group_name and not Group.objects.filter(name=group_name).exists():
        _rebuild_roles()
    user = get_user_model().objects.create_user(
        username, f"{username}@windownews.invalid", PERSONA_PASSWORD
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def _persona_fixture(username, group_name=None):
    @pytest.fixture(name=username)
    def persona(db):
        return _persona(username, group_name)

    return persona


reporter = _persona_fixture("reporter", "Reporter")
editor = _persona_fixture("editor", "Editor")
moderator = _persona_fixture("moderator", "Moderator")
administrator = _persona_fixture("administrator", "Administrator")
reader = _persona_fixture("reader")  # a signed-up user with no role at all


CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
