"""Background work of entities, run by django.tasks (immediate in the demo, db_worker in
production)."""

from django.tasks import task


@task
def extract_article_quotes(article_id: int) -> int:
    """The quotes of one article as suggestions; returns how many were found."""
    from entities.models import Quote
    from entities.text import plain_text
    from newsroom.models import ArticlePage

    article = ArticlePage.objects.filter(pk=article_id).first()
    if article is None:  # deleted before the task ran
        return 0
    return len(Quote.objects.extract(article, plain_text(article)))
