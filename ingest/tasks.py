"""Background work of ingest: a WordPress import started from the admin, and the Related
lists of the articles an import brings in."""

from django.tasks import task


@task
def import_wordpress(run_id: int):
    from ingest.models import ImportRun

    ImportRun.objects.get(pk=run_id).perform()


@task
def refresh_related_of(article_ids: list[int]):
    """The Related lists of a chunk of imported articles (and of those they now appear in):
    one task a chunk, queued in the chunk's transaction, so a killed import loses none."""
    from discovery.tasks import refresh_related

    for article_id in article_ids:
        refresh_related.call(article_id)
