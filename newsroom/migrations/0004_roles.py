"""The Reporter, Editor, Moderator and Administrator groups, their permissions and the
"Editorial review" workflow, so every install has them (the comments app adds its
permissions to Moderator in a migration that depends on this one)."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from newsroom.roles import create_roles

    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0003_corrections_breaking"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
