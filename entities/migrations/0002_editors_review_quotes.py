"""Editors review suggested quotes and entities. The newsroom app creates the roles too, so
both sides use get_or_create and only add permissions."""

from django.db import migrations

from newsroom.roles import ensure_all_permissions

EDITOR_PERMISSIONS = [
    "view_quote",
    "change_quote",
    "view_entity",
    "add_entity",
    "change_entity",
]


def grant_editors(apps, schema_editor):
    ensure_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editor")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="entities", codename__in=EDITOR_PERMISSIONS
        )
    )


def revoke_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Editor"):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="entities"))


class Migration(migrations.Migration):
    dependencies = [
        ("entities", "0001_entities_and_quotes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_editors, revoke_editors)]
