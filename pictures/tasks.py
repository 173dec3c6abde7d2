"""Drawing a picture takes a tenth of a second or more: a task, not the publishing request."""

from django.tasks import task


@task
def draw_picture(article_id: int):
    from newsroom.models import ArticlePage
    from pagecache.dependencies import article_paths
    from pagecache.purge import purge_paths
    from pictures.articles import ensure_picture

    article = ArticlePage.objects.filter(pk=article_id).select_related("topic").first()
    if article is not None and ensure_picture(article):
        # The pages were purged at publish, perhaps before the picture existed.
        purge_paths(article_paths(article))
