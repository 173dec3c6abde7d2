"""Background work of discovery, run by django.tasks (immediate in the demo, db_worker in production)."""

from django.tasks import task

from discovery import related


@task
def refresh_related(article_id: int):
    related.refresh(article_id)


@task
def compute_all_related():
    return related.compute_all()
