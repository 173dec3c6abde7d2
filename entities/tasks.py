"""Background work of entities, run by django.tasks (immediate in the demo, db_worker in
production)."""

from django.tasks import task


@task
def extract_article(article_id: int) -> int:
    """The quotes and mentions of one article as suggestions; returns how many quotes."""
    from newsroom.models import ArticlePage

    article = ArticlePage.objects.filter(pk=article_id).first()
    if article is None:  # deleted before the task ran
        return 0
    return extract(article)[0]


def extract(article) -> tuple[int, int]:
    """The quotes of an article, then the entities it mentions (quote speakers among them);
    the pages of the entities it named before or names now change. Returns how many quotes
    and mentions were suggested."""
    from entities.models import Entity, Mention, Quote
    from entities.signals import entities_changed
    from entities.text import plain_text

    def named():
        return set(article.mentions.values_list("entity_id", flat=True)) | set(
            article.quotes.exclude(speaker=None).values_list("speaker_id", flat=True)
        )

    before = named()
    text = plain_text(article)
    quotes = Quote.objects.extract(article, text)
    mentions = Mention.objects.extract(article, text)
    entities_changed.send(
        sender=Entity, entities=Entity.objects.filter(pk__in=before | named()), articles=[article]
    )
    return len(quotes), len(mentions)
