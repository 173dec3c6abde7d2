from django.db import migrations

# PostgreSQL only: the reader search looks every run of a query's words up among the entities'
# folded keys (entities.Entity.objects.matching: match_keys LIKE '%|key|%'); a trigram GIN index
# answers that without reading every entity (at 20,000 entities a scan costs ~100 ms a search).
# The index is the search's, so discovery owns it; the table stays entities'.


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS discovery_entity_keys_trgm ON entities_entity "
            "USING gin (match_keys gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS discovery_entity_keys_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("discovery", "0006_did_you_mean_vocabulary"),
        ("entities", "0003_entity_details_and_mentions"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
