"""Background work of entities, run by django.tasks (immediate in the demo, db_worker in
production)."""

from django.tasks import task


@task
def extract_article(article_id: int) -> int:
    """The quotes of one article, then the entities it mentions (quote speakers among them),
    as suggestions; returns how many quotes were found."""
    from entities.models import Mention, Quote
    from entities.text import plain_text
    from newsroom.models import ArticlePage

    article = ArticlePage.objects.filter(pk=article_id).first()
    if article is None:  # deleted before the task ran
        return 0
    text = plain_text(article)
    quotes = Quote.objects.extract(article, text)
    Mention.objects.extract(article, text)
    return len(quotes)
