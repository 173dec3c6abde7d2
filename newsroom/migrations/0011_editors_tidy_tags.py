"""Editors rename and merge tags (the desk's Tags screen): the Editor role gets taggit's view,
change and delete permissions (newsroom.roles.MODEL_PERMISSIONS)."""

from django.db import migrations


def grant(apps, schema_editor):
    from newsroom.roles import create_roles

    create_roles(apps)  # idempotent: adds what MODEL_PERMISSIONS now lists


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0010_index_pages_by_last_update"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
