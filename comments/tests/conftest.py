import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.core import signing

from comments.forms import STAMP_SALT

ORIGIN = "http://testserver"


@pytest.fixture
def article(make_article):
    from django.utils import timezone

    return make_article("Commentable", published_at=timezone.now())


@pytest.fixture
def post(client):
    """post(article, **fields) -> response; a browser-like same-origin POST of the comment form."""

    def send(article, seconds_ago=60, headers=None, **fields):
        stamp = fresh_stamp(article, seconds_ago)
        data = {
            "article": article.pk,
            "comment": "A thoughtful remark.",
            "name": "Ada",
            "email": "ada@example.org",
            "url": "",
        }
        data.update({"rendered": stamp, **fields})
        data = {name: value for name, value in data.items() if value is not None}  # None: left out
        extra = {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "same-origin"}
        extra.update(headers or {})
        return client.post("/comments/post/", data, **extra)

    return send


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def submit_over_http(base_url, fields):
    """POST the form to a live server as a browser on the same site would -> (status, html)."""
    request = urllib.request.Request(  # noqa: S310 (the test's own loopback server)
        f"{base_url}/comments/post/",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Origin": base_url, "Sec-Fetch-Site": "same-origin"},
    )
    try:
        response = urllib.request.build_opener(_NoRedirect).open(request, timeout=30)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    return response.status, response.read().decode()


def fresh_stamp(article, seconds_ago=60):
    return signing.dumps(
        {"a": article.pk, "t": int(time.time() - seconds_ago)}, salt=STAMP_SALT, compress=True
    )


@pytest.fixture
def wagtail_root(transactional_db):
    """Tests with a live server run outside a transaction, and the flush after each one removes
    the rows Wagtail's migrations created: put back the root page the page tree hangs from."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page

    ContentType.objects.clear_cache()  # the flush may have given content types new ids
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", live=True))


def approved_thread(article, texts, when=None):
    """Each text as an approved comment's body, name and website, saved directly so that even
    input the form refuses reaches the templates; two in three answer the comment before.
    `when(i)` gives the i-th comment's time (default: now)."""
    from comments.models import Comment

    previous = None
    for i, text in enumerate(texts):
        times = {"created_at": when(i)} if when else {}
        previous = Comment.objects.create(
            article=article,
            parent=previous if i % 3 else None,
            body=text,
            name=text[:100],
            url=text[:200],
            email=f"reader{i}@example.org",
            state="approved",
            **times,
        )
    return article


@pytest.fixture
def as_moderator(live_server, browser, client, django_user_model):
    """A Chromium page logged in as a member of the Moderator group (not a superuser)."""
    import importlib

    from django.contrib.auth.models import Group, Permission

    # The live-server flush removed the group its migration made: make it the same way again.
    migration = importlib.import_module("comments.migrations.0002_moderator_group")
    group, _ = Group.objects.get_or_create(name="Moderator")
    for app_label, codename in migration.MODERATOR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    moderator = django_user_model.objects.create_user("mod", "mod@windownews.example", "pw")
    moderator.groups.add(group)
    client.force_login(moderator)
    context = browser.new_context()
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    yield watching_dialogs(context.new_page())
    context.close()


def watching_dialogs(page):
    """The page, recording in page.dialogs every alert/confirm/prompt a payload might open."""
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return page


@pytest.fixture
def rules_alone(monkeypatch):
    """Judge by the moderation rules only: the learned filter (test_learned_filter.py) abstains."""
    from comments import classifier

    monkeypatch.setattr(classifier, "score", lambda *args, **kwargs: None)
