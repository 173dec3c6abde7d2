"""The editing tools an article needs, as the roles have them: revisions compared and restored,
page locking that holds against the article's own reporter, and Wagtail's notice of who else
is editing the same article."""

import re

import pytest

from newsroom.models import ArticlePage
from newsroom.tests.admin_forms import article_form, edit_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(make_article, reporter):
    article = make_article("Harbour plans", live=False, owner=reporter)
    for standfirst in ("The first plan.", "The revised plan."):
        article.standfirst = standfirst
        article.save_revision(user=reporter)
    return article


def test_an_editor_compares_and_restores_revisions(client, editor, draft):
    first, second = draft.revisions.order_by("created_at")
    client.force_login(editor)
    compare = client.get(f"/admin/pages/{draft.pk}/revisions/compare/{first.pk}...{second.pk}/")
    assert compare.status_code == 200
    print("CMP", re.findall(r"(?s)<tbody>.*</tbody>", compare.content.decode()))
    restore = client.get(f"/admin/pages/{draft.pk}/revisions/{first.pk}/revert/")
    assert restore.status_code == 200 and "The first plan." in restore.content.decode()


def test_a_locked_article_holds_against_its_own_reporter(
    client, editor, reporter, draft, site_tree
):
    client.force_login(editor)
    client.post(f"/admin/pages/{draft.pk}/lock/")
    assert ArticlePage.objects.get(pk=draft.pk).locked
    client.force_login(reporter)
    revisions = draft.revisions.count()
    data = article_form(
        title="Harbour plans, rewritten", slug=draft.slug, topic=site_tree["topics"]["Sport"]
    )
    client.post(edit_url(draft), data)
    client.post(f"/admin/pages/{draft.pk}/unlock/")
    article = ArticlePage.objects.get(pk=draft.pk)
    assert article.locked and draft.revisions.count() == revisions
    assert article.get_latest_revision_as_object().title == "Harbour plans"


def ping(client, user, page):
    """Open the editor as `user` and send the editing-session ping its script sends."""
    client.force_login(user)
    html = client.get(edit_url(page)).content.decode()
    ping_url = re.search(r'data-w-swap-src-value="([^"]+)"', html)[1]
    return client.post(ping_url, {"is_editing": "1"}).json()


def test_an_editor_is_told_the_reporter_is_editing_the_same_article(
    client, editor, reporter, draft
):
    ping(client, reporter, draft)
    notice = ping(client, editor, draft)
    assert "reporter" in notice["html"]
