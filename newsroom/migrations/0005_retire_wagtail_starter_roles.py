"""Only the newsroom's roles and review in the admin: Wagtail's "Moderators" and "Editors"
groups and its "Moderators approval" workflow go (members join Editor and Reporter), and
"Editorial review" covers the whole tree from the root page."""

from django.db import migrations


def retire_starter_roles(apps, schema_editor):
    from newsroom.roles import create_roles, retire_wagtail_starter_roles

    create_roles(apps)  # idempotent; now also puts "Editorial review" on the root page
    retire_wagtail_starter_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0004_roles")]

    operations = [migrations.RunPython(retire_starter_roles, migrations.RunPython.noop)]
