"""The desk searches articles by headline (`title` contains the words, any case). On PostgreSQL
a trigram index answers that from the index, where Wagtail's search backend joined its index
table to every article (~200 ms at 100,000 articles). SQLite, the demo's, scans: it is small."""

from django.db import migrations

INDEX = "newsroom_page_title_trgm_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # trusted since PostgreSQL 13
    # The expression Django writes for `title__icontains`: UPPER("title"::text) LIKE UPPER(...).
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
        "USING gin (UPPER(title::text) gin_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0013_editorial_review_task")]

    operations = [migrations.RunPython(create, drop)]
