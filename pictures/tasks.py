"""Drawing a picture takes a tenth of a second or more, and its sizes for the reader pages
about a second: a task, not the publishing request nor the first reader's."""

import logging

from django.tasks import task

log = logging.getLogger(__name__)


@task
def draw_picture(article_id: int):
    from newsroom.models import ArticlePage
    from pagecache.dependencies import article_paths
    from pagecache.purge import purge_paths
    from pictures.articles import DRAWN_RENDITIONS, ensure_picture, reader_renditions

    article = ArticlePage.objects.filter(pk=article_id).select_related("topic").first()
    if article is None:
        return
    if ensure_picture(article, DRAWN_RENDITIONS):
        # The pages were purged at publish, perhaps before the picture existed.
        purge_paths(article_paths(article))
    elif article.picture is not None:
        # A photo (pages purged at publish may be asking for it already) or a picture drawn in
        # bulk (draw_missing): whatever sizes are missing are made now; else one query.
        try:
            article.picture.get_renditions(*reader_renditions(article))
        except (OSError, ValueError):  # a broken upload: its pages show no picture
            log.warning("no renditions for article %s's picture", article_id, exc_info=True)
