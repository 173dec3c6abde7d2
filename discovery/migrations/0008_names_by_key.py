from django.db import migrations

# The reader search now looks names up by exact key in entities.EntityKey (a B-tree), not by a
# regular expression over entities_entity.match_keys: the trigram index of 0007 answered that
# regex in 4-10 ms when PostgreSQL chose it, and it chose a 20-230 ms scan instead. It goes.


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS discovery_entity_keys_trgm")


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS discovery_entity_keys_trgm ON entities_entity "
            "USING gin (match_keys gin_trgm_ops)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("discovery", "0007_name_lookup_index"),
        ("entities", "0004_entity_keys"),
    ]

    operations = [migrations.RunPython(drop_index, create_index)]
