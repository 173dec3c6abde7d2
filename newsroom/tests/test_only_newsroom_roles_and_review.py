"""An administrator sees only the newsroom's roles and its one review workflow: Wagtail's
starter "Moderators"/"Editors" groups and "Moderators approval" workflow are retired by
migration, and "Editorial review" covers the whole tree from the root page."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from newsroom.roles import retire_wagtail_starter_roles

pytestmark = pytest.mark.django_db
OURS = {"Reporter", "Editor", "Moderator", "Administrator"}


def test_it_leaves_only_the_newsroom_groups_and_workflow():
    assert set(Group.objects.values_list("name", flat=True)) == OURS
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Editorial review"]
    assert list(Task.objects.values_list("name", flat=True)) == ["Editorial review"]


def test_editorial_review_is_on_the_root_page_and_so_on_every_page(site_tree, make_article):
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == "Editorial review"
    pages = [
        site_tree["home"],
        site_tree["topics"]["Sport"],
        site_tree["news"],
        make_article("Any story"),
    ]
    assert {page.get_workflow().name for page in pages} == {"Editorial review"}


def test_the_admin_lists_only_ours(client, administrator):
    client.force_login(administrator)
    groups = client.get("/admin/groups/").content.decode()
    assert all(name in groups for name in OURS)
    assert "Moderators" not in groups and ">Editors<" not in groups
    workflows = client.get("/admin/workflows/list/?show_disabled=true").content.decode()
    assert "Editorial review" in workflows and "Moderators approval" not in workflows


def starter_setup(django_user_model, page):
    """What Wagtail's own migrations leave on a fresh install, with a member in each group."""
    moderators, editors = (
        Group.objects.create(name="Moderators"),
        Group.objects.create(name="Editors"),
    )
    old_moderator = django_user_model.objects.create_user("old-moderator")
    old_editor = django_user_model.objects.create_user("old-editor")
    old_moderator.groups.add(moderators)
    old_editor.groups.add(editors)
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return old_moderator, old_editor, workflow


def test_retiring_moves_members_to_our_roles_and_deletes_an_unused_workflow(
    site_tree, django_user_model
):
    old_moderator, old_editor, _ = starter_setup(django_user_model, site_tree["home"])
    retire_wagtail_starter_roles(apps)
    assert set(Group.objects.values_list("name", flat=True)) == OURS
    assert list(old_moderator.groups.values_list("name", flat=True)) == ["Editor"]
    assert list(old_editor.groups.values_list("name", flat=True)) == ["Reporter"]
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    assert (
        Page.objects.get(pk=site_tree["home"].pk).get_workflow().name == "Editorial review"
    )  # the root's now


def test_a_workflow_with_history_is_switched_off_and_its_reviews_cancelled(
    site_tree, django_user_model, make_article, reporter
):
    _, _, workflow = starter_setup(django_user_model, site_tree["home"])
    draft = make_article("Under the old review", live=False, owner=reporter)
    draft.save_revision(user=reporter)
    state = workflow.start(draft, reporter)
    retire_wagtail_starter_roles(apps)
    workflow.refresh_from_db()
    state.refresh_from_db()
    assert not workflow.active and not workflow.workflow_pages.exists()
    assert state.status == WorkflowState.STATUS_CANCELLED
    assert not state.task_states.filter(status="in_progress").exists()
    assert not Task.objects.get(name="Moderators approval").active
    assert set(Group.objects.values_list("name", flat=True)) == OURS
