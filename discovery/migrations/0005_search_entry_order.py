from datetime import UTC, datetime

from django.db import migrations, models


def fill_missing_dates(apps, schema_editor):
    # Where an entry had no date: the start of the epoch, so it lists last (as search_index.EPOCH).
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    apps.get_model("discovery", "SearchEntry").objects.filter(published_at__isnull=True).update(published_at=epoch)


def headline_index(apps, schema_editor):
    # PostgreSQL only: finds the results whose headline matches (the first tier) without a scan.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX discovery_searchentry_title_gin ON discovery_searchentry USING gin (title) WITH (fastupdate = off)")


def drop_headline_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS discovery_searchentry_title_gin")


class Migration(migrations.Migration):
    dependencies = [
        ("discovery", "0004_search_entry"),
    ]

    operations = [
        migrations.RunPython(fill_missing_dates, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="searchentry",
            name="published_at",
            field=models.DateTimeField(help_text="The article's publication time (its first publication where unset)."),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["-published_at", "-article"], name="discovery_search_newest"),
        ),
        migrations.RunPython(headline_index, drop_headline_index),
    ]
