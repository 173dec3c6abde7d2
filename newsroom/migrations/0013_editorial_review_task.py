"""The newsroom's review task, Wagtail's group approval plus "Approve and schedule"; the
existing "Editorial review" task becomes one in place (same id, groups and history)."""

import django.db.models.deletion
from django.db import migrations, models

from newsroom.roles import WORKFLOW_NAME, promote_review_task


def promote(apps, schema_editor):
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    for task in GroupApprovalTask.objects.filter(name=WORKFLOW_NAME):
        promote_review_task(apps, task)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0012_merge_20261205_2252"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="EditorialReviewTask",
            fields=[
                (
                    "groupapprovaltask_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.groupapprovaltask",
                    ),
                ),
            ],
            options={
                "verbose_name": "Editorial review task",
            },
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.RunPython(promote, migrations.RunPython.noop),
    ]
