"""The newsroom's roles as Wagtail groups, and what each may do where.

Written against an `apps` registry so the same code runs in the data migration (historical
models) and at run time, when a news index is created after the migration (the demo and the
tests build the page tree later than `migrate`)."""

from django.contrib.auth.management import create_permissions
from django.utils import timezone

REPORTER, EDITOR, MODERATOR, ADMINISTRATOR = "Reporter", "Editor", "Moderator", "Administrator"
WORKFLOW_NAME = "Editorial review"
# Wagtail's starter groups, each with the newsroom role that takes over its members: Wagtail's
# moderators publish, like our editors; its editors do not, like our reporters.
WAGTAIL_STARTER_GROUPS = {"Moderators": EDITOR, "Editors": REPORTER}
WAGTAIL_STARTER_WORKFLOW = "Moderators approval"

# Page permissions held on the root page, so they cover the whole tree.
ROOT_PAGE_PERMISSIONS = {
    EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATOR: [
        "add_page",
        "change_page",
        "delete_page",
        "bulk_delete_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ],
}
# "add" on the news index: create articles there and edit the ones you own; nothing else.
NEWS_INDEX_PAGE_PERMISSIONS = {REPORTER: ["add_page"]}
# Image permissions held on the root collection.
IMAGE_PERMISSIONS = {
    REPORTER: ["add_image", "choose_image"],
    EDITOR: ["add_image", "change_image", "choose_image"],
    ADMINISTRATOR: ["add_image", "change_image", "choose_image", "delete_image"],
}
MODEL_PERMISSIONS = {
    REPORTER: ["wagtailadmin.access_admin", "newsroom.view_author", "newsroom.view_licence"],
    EDITOR: [
        "wagtailadmin.access_admin",
        "newsroom.add_author",
        "newsroom.change_author",
        "newsroom.view_author",
        "newsroom.view_licence",
        "newsroom.add_correction",
        "newsroom.view_correction",
        "newsroom.mark_breaking",
        # Tag hygiene: rename and merge (newsroom.desk.tags); adding happens while writing.
        "taggit.view_tag",
        "taggit.change_tag",
        "taggit.delete_tag",
    ],
    # Comment permissions are added by the comments app's own migration.
    MODERATOR: ["wagtailadmin.access_admin"],
}


def ensure_all_permissions(apps):
    """Permission rows normally appear after `migrate` ends; a fresh install needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permissions(apps, dotted_names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _page_permissions(apps, codenames):
    return _permissions(apps, [f"wagtailcore.{codename}" for codename in codenames])


def create_roles(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    ensure_all_permissions(apps)
    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in (REPORTER, EDITOR, MODERATOR, ADMINISTRATOR)
    }
    for name, dotted_names in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*_permissions(apps, dotted_names))
    groups[ADMINISTRATOR].permissions.add(*Permission.objects.all())

    root_page = Page.objects.filter(depth=1).first()
    for name, codenames in ROOT_PAGE_PERMISSIONS.items():
        for permission in _page_permissions(apps, codenames):
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root_page, permission=permission
            )
    root_collection = Collection.objects.filter(depth=1).first()
    for name, codenames in IMAGE_PERMISSIONS.items():
        for permission in _permissions(
            apps, [f"wagtailimages.{codename}" for codename in codenames]
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=permission
            )

    workflow = _editorial_workflow(apps, approvers=[groups[EDITOR], groups[ADMINISTRATOR]])
    # On the root, so every page of every site goes through review unless it says otherwise.
    apps.get_model("wagtailcore", "WorkflowPage").objects.update_or_create(
        page=root_page, defaults={"workflow": workflow}
    )
    for news_index in apps.get_model("newsroom", "NewsIndexPage").objects.all():
        attach_to_news_index(apps, news_index.pk)


def _editorial_workflow(apps, approvers):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task_model = _review_task_model(apps)
        content_type, _ = ContentType.objects.get_or_create(
            app_label=task_model._meta.app_label, model=task_model._meta.model_name
        )
        task = task_model.objects.create(name=WORKFLOW_NAME, content_type=content_type, active=True)
    else:
        promote_review_task(apps, task)
    task.groups.add(*approvers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def _review_task_model(apps):
    """The newsroom's own review task (with "Approve and schedule") once its migration has run;
    before that, in older migrations, Wagtail's group approval it extends."""
    try:
        return apps.get_model("newsroom", "EditorialReviewTask")
    except LookupError:
        return apps.get_model("wagtailcore", "GroupApprovalTask")


def promote_review_task(apps, task):
    """Turn the group approval task `task` into the newsroom's review task in place: same id,
    groups, workflow and history; one row added under it and its type changed."""
    ReviewTask = _review_task_model(apps)
    if ReviewTask._meta.model_name != "editorialreviewtask":
        return
    if not ReviewTask.objects.filter(pk=task.pk).exists():
        ReviewTask(groupapprovaltask_ptr_id=task.pk).save_base(raw=True)  # the child row alone
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="newsroom", model="editorialreviewtask"
    )
    apps.get_model("wagtailcore", "Task").objects.filter(pk=task.pk).update(
        content_type=content_type
    )


def retire_wagtail_starter_roles(apps):
    """Remove Wagtail's "Moderators" and "Editors" groups and its "Moderators approval" workflow,
    so the admin offers only the newsroom's roles and review. Members move to our closest role;
    a workflow that reviews already ran through is kept, switched off, for its history."""
    Group = apps.get_model("auth", "Group")
    for starter_name, role_name in WAGTAIL_STARTER_GROUPS.items():
        starter = Group.objects.filter(name=starter_name).first()
        if starter is not None:
            Group.objects.get(name=role_name).user_set.add(*starter.user_set.all())
            starter.delete()  # its page, collection and task memberships go with it
    for workflow in apps.get_model("wagtailcore", "Workflow").objects.filter(
        name=WAGTAIL_STARTER_WORKFLOW
    ):
        _retire_workflow(apps, workflow)
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupApprovalTask.objects.filter(
        name=WAGTAIL_STARTER_WORKFLOW, task_states__isnull=True
    ).delete()
    GroupApprovalTask.objects.filter(name=WAGTAIL_STARTER_WORKFLOW).update(active=False)


def _retire_workflow(apps, workflow):
    """What Wagtail's Workflow.deactivate() does, on
    historical models, or delete it if never used."""
    workflow.workflow_pages.all().delete()
    if not workflow.workflow_states.exists():
        workflow.delete()
        return
    now = timezone.now()
    in_progress = workflow.workflow_states.filter(status="in_progress")
    apps.get_model("wagtailcore", "TaskState").objects.filter(
        workflow_state__in=in_progress, status="in_progress"
    ).update(status="cancelled", finished_at=now)
    in_progress.update(status="cancelled")
    workflow.active = False
    workflow.save(update_fields=["active"])


def attach_to_news_index(apps, news_index_pk):
    """Reporters may add articles under the news index,
    and every article there goes through review."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:  # the roles migration has not run (never in a migrated database)
        return
    WorkflowPage.objects.update_or_create(page_id=news_index_pk, defaults={"workflow": workflow})
    for name, codenames in NEWS_INDEX_PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        for permission in _page_permissions(apps, codenames):
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=news_index_pk, permission=permission
            )


def grant_everything_to_administrators(**kwargs):
    """Run after every `migrate`: apps installed later
    add permissions the Administrator must hold too."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.filter(name=ADMINISTRATOR).first()
    if group is not None:
        group.permissions.add(*Permission.objects.exclude(group=group))
