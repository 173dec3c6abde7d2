"""Background work of discovery, run by django.tasks
(immediate in the demo, db_worker in production)."""

from django.tasks import task

from discovery import related, search_index

WAGTAIL_BATCH = 500


@task
def refresh_related(article_id: int):
    """Recompute the lists, then announce every article whose list showed it, or shows it now
    (discovery.signals.related_refreshed: the page cache purges their pages)."""
    from discovery.signals import related_refreshed  # that module imports this one
    from newsroom.models import ArticlePage

    _mentions_first(article_id)
    showing_before = set(related.articles_showing(article_id))
    related.refresh(article_id)
    showing = showing_before | set(related.articles_showing(article_id))
    related_refreshed.send(ArticlePage, article_ids=sorted({article_id, *showing}))


def _mentions_first(article_id):
    """A newly published article's entities, extracted now when entities' own task (queued
    after this one on the same publish) has not run yet: its Related list and its search entry
    use them. Re-extracting later only replaces these suggestions."""
    from entities.models import Mention
    from entities.tasks import extract_article

    if not Mention.objects.filter(article_id=article_id).exists():
        extract_article.call(article_id)
        search_index.update([article_id])


@task
def reindex_section(page_id: int):
    """The search entries of a page and the articles below it, after its privacy or its place in
    the tree changed: the public ones are written, the others dropped."""
    from wagtail.models import Page

    from newsroom.models import ArticlePage

    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        search_index.update_in_batches(ArticlePage.objects.descendant_of(page, inclusive=True))


@task
def reindex_topic(topic_id: int):
    """Every article of a renamed topic, in both indexes: each holds the topic's name as words of
    the article (so searching the story-line's name finds its articles)."""
    from wagtail.search.backends import get_search_backends

    from newsroom.models import ArticlePage

    articles = ArticlePage.objects.filter(topic_id=topic_id)
    search_index.update_in_batches(articles)
    ids = list(articles.order_by("pk").values_list("pk", flat=True))
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(ids), WAGTAIL_BATCH):
            backend.add_bulk(
                ArticlePage,
                list(ArticlePage.objects.filter(pk__in=ids[start : start + WAGTAIL_BATCH])),
            )
