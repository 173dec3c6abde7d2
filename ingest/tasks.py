"""Background work of ingest: a WordPress import started from the admin."""

from django.tasks import task


@task
def import_wordpress(run_id: int):
    from ingest.models import ImportRun

    ImportRun.objects.get(pk=run_id).perform()
