"""Each role can do what its job needs and nothing more; every "cannot" is proven here."""

import pytest
from wagtail.images import get_image_model
from wagtail.models import WorkflowPage
from wagtail.permissions import policy_registry

from newsroom.models import ArticlePage, Correction, TopicPage

pytestmark = pytest.mark.django_db
images = policy_registry.get_by_type(get_image_model())


def perms(user, page):
    return page.permissions_for_user(user)


@pytest.fixture
def others_article(make_article, editor):
    return make_article("Someone else's story", owner=editor)


def test_it_creates_the_four_groups_with_admin_access(reporter, editor, moderator, administrator):
    for user in (reporter, editor, moderator, administrator):
        assert user.has_perm("wagtailadmin.access_admin"), user


def test_it_puts_the_news_index_under_editorial_review(site_tree):
    assert WorkflowPage.objects.get(page=site_tree["news"]).workflow.name == "Editorial review"
    article_perms = site_tree["news"].permissions_for_user
    assert article_perms  # the workflow applies to every article below the index


def test_a_reporter_can_create_articles_and_edit_own_drafts(site_tree, reporter, make_article):
    assert perms(reporter, site_tree["news"]).can_add_subpage()
    own = make_article("My draft", live=False, owner=reporter)
    assert perms(reporter, own).can_edit()
    assert perms(reporter, own).can_submit_for_moderation()


def test_a_reporter_cannot_publish_delete_or_touch_others_articles(
    site_tree, reporter, make_article, others_article
):
    own = make_article("My draft", live=False, owner=reporter)
    own_published = make_article("My published story", owner=reporter)
    assert not perms(reporter, own).can_publish()
    # Wagtail lets an owner throw away a never-published draft, but not a published story.
    assert not perms(reporter, own_published).can_delete()
    assert not perms(reporter, own_published).can_unpublish()
    assert not perms(reporter, others_article).can_edit()
    assert not perms(reporter, others_article).can_unpublish()
    assert not perms(reporter, site_tree["topics_index"]).can_add_subpage()
    assert not perms(reporter, site_tree["home"]).can_edit()
    for permission in (
        "newsroom.mark_breaking",
        "newsroom.add_correction",
        "newsroom.delete_correction",
        "auth.change_user",
    ):
        assert not reporter.has_perm(permission), permission


def test_a_reporter_cannot_change_or_delete_someone_elses_images(reporter, editor):
    from wagtail.images.tests.utils import get_test_image_file

    photo = get_image_model().objects.create(
        title="Desk photo", file=get_test_image_file(), uploaded_by_user=editor
    )
    assert images.user_has_permission(reporter, "add") and images.user_has_permission(
        reporter, "choose"
    )
    assert not images.user_has_permission_for_instance(reporter, "change", photo)
    assert not images.user_has_permission_for_instance(reporter, "delete", photo)


def test_an_editor_edits_publishes_unpublishes_corrects_and_marks_breaking(
    editor, reporter, make_article
):
    article = make_article("Reporter's story", owner=reporter)
    tester = perms(editor, article)
    assert (
        tester.can_edit() and tester.can_publish() and tester.can_unpublish() and tester.can_lock()
    )
    for permission in ("newsroom.add_correction", "newsroom.mark_breaking"):
        assert editor.has_perm(permission), permission
    assert images.user_has_permission(editor, "add") and images.user_has_permission(
        editor, "change"
    )


def test_an_editor_cannot_delete_corrections_or_manage_users_and_settings(editor):
    for permission in (
        "newsroom.delete_correction",
        "newsroom.change_correction",
        "auth.add_user",
        "auth.change_user",
        "auth.change_group",
        "wagtailcore.change_site",
    ):
        assert not editor.has_perm(permission), permission


def test_a_moderator_cannot_touch_pages_images_or_corrections(site_tree, moderator, make_article):
    article = make_article("Story")
    tester = perms(moderator, article)
    assert not (
        tester.can_edit() or tester.can_publish() or tester.can_unpublish() or tester.can_delete()
    )
    assert not perms(moderator, site_tree["news"]).can_add_subpage()
    for permission in ("newsroom.add_correction", "newsroom.mark_breaking", "auth.change_user"):
        assert not moderator.has_perm(permission), permission
    assert not images.user_has_permission(moderator, "add") and not images.user_has_permission(
        moderator, "choose"
    )


def test_an_administrator_can_do_everything(administrator, make_article, site_tree):
    article = make_article("Story")
    tester = perms(administrator, article)
    assert tester.can_edit() and tester.can_publish() and tester.can_delete()
    for permission in ("newsroom.delete_correction", "auth.change_user", "wagtailcore.change_site"):
        assert administrator.has_perm(permission), permission
    assert images.user_has_permission(administrator, "delete")


def test_only_the_administrator_reaches_user_management(client, editor, administrator):
    client.force_login(editor)
    assert client.get("/admin/users/").status_code in (302, 403)
    client.force_login(administrator)
    assert client.get("/admin/users/").status_code == 200


def test_a_reporter_publish_request_through_the_admin_does_not_publish(
    client, reporter, make_article, site_tree
):
    article = make_article("Unpublished story", live=False, owner=reporter)
    client.force_login(reporter)
    response = client.post(
        f"/admin/pages/{article.pk}/edit/",
        {
            "title": "Unpublished story",
            "slug": article.slug,
            "body-count": "0",
            "action-publish": "1",
        },
    )
    assert response.status_code in (200, 302)
    assert not ArticlePage.objects.get(pk=article.pk).live
    assert TopicPage.objects.exists() and not Correction.objects.exists()


def test_a_reporter_cannot_open_or_change_someone_elses_article_in_the_admin(
    client, reporter, others_article
):
    client.force_login(reporter)
    assert client.get(f"/admin/pages/{others_article.pk}/edit/").status_code in (302, 403)
    client.post(
        f"/admin/pages/{others_article.pk}/edit/",
        {"title": "Defaced", "slug": others_article.slug, "action-publish": "1"},
    )
    client.post(f"/admin/pages/{others_article.pk}/unpublish/")
    others_article.refresh_from_db()
    assert others_article.title == "Someone else's story" and others_article.live


def test_a_moderator_cannot_open_the_page_editor(client, moderator, others_article):
    client.force_login(moderator)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{others_article.pk}/edit/").status_code in (302, 403)
    assert client.get("/admin/snippets/newsroom/correction/add/").status_code in (302, 403)


def test_an_editor_can_unpublish_through_the_admin(client, editor, others_article):
    client.force_login(editor)
    client.post(f"/admin/pages/{others_article.pk}/unpublish/")
    others_article.refresh_from_db()
    assert not others_article.live


def test_the_demo_creates_one_account_per_role_once():
    from django.contrib.auth import get_user_model

    from windownews.cli import ensure_admin

    first = {username: (role, password) for username, role, password in ensure_admin()}
    assert set(first) == {"admin", "reporter", "editor", "moderator", "administrator"}
    assert all(password for _, password in first.values())
    users = get_user_model().objects
    for username in ("reporter", "editor", "moderator", "administrator"):
        assert list(users.get(username=username).groups.values_list("name", flat=True)) == [
            username.capitalize()
        ]
    assert users.get(username="admin").is_superuser
    assert all(
        password is None for _, _, password in ensure_admin()
    )  # a second run changes nothing
