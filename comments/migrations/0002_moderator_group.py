"""The Moderator role can use the admin and moderate comments. The newsroom app creates the
roles too, so both sides use get_or_create and only add permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("comments", "view_comment"),
    ("comments", "change_comment"),
    ("comments", "delete_comment"),
    ("comments", "change_commentsettings"),
]


def add_moderator_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Moderator")
    for app_label, codename in MODERATOR_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission:
            group.permissions.add(permission)


def remove_comment_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Moderator"):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="comments"))


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(add_moderator_group, remove_comment_permissions)]
