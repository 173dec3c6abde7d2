"""Articles loaded without a revision had no "latest revision" time, so the admin's "Updated"
column was empty for every one of them: use their last publication instead."""

from django.db import migrations
from django.db.models import F


def fill_updated(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    ArticlePage = apps.get_model("newsroom", "ArticlePage")
    Page.objects.filter(
        pk__in=ArticlePage.objects.values("pk"), latest_revision_created_at__isnull=True
    ).update(latest_revision_created_at=F("last_published_at"))


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0006_embargo_until_index")]

    operations = [migrations.RunPython(fill_updated, migrations.RunPython.noop)]
