import django.db.models.deletion
from django.db import migrations, models


def fill_keys(apps, schema_editor):
    """One EntityKey row per key already in each entity's match_keys."""
    Entity = apps.get_model("entities", "Entity")
    EntityKey = apps.get_model("entities", "EntityKey")
    stored = Entity.objects.values_list("pk", "match_keys").iterator()
    rows = [
        EntityKey(entity_id=pk, key=key)
        for pk, keys in stored
        for key in sorted(set(keys.strip("|").split("|")) - {""})
    ]
    EntityKey.objects.bulk_create(rows, batch_size=5000)


class Migration(migrations.Migration):
    dependencies = [
        ("entities", "0003_entity_details_and_mentions"),
    ]

    operations = [
        migrations.CreateModel(
            name="EntityKey",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.TextField()),
                (
                    "entity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="keys",
                        to="entities.entity",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("key", "entity"), name="entities_entitykey_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
    ]
