"""THE map of what shows an article: every page to purge when it, or its comments, change.

Kept in one place so a new page type that lists articles adds one line here. Paths are
site-relative; prefix groups (feeds, sitemaps, archives, the API) are purged as a whole
because which of their pages list a given article is not worth computing.
"""

from newsroom.models import ArticlePage

# Feed URLs the syndication app serves (syndication/urls.py), named for the CDN purge:
# a CDN purges exact URLs, it cannot bump a group like the local cache does.
FEED_KINDS = ("rss/", "atom/")


def _url(page) -> str | None:
    return page.get_url() if page is not None else None


def showing_in_related(article) -> list[int]:
    """Ids of the articles whose stored Related list includes this one (discovery's contract)."""
    from discovery.related import articles_showing

    return articles_showing(article)


def article_paths(article, old_paths=()) -> set[str]:
    """Every page that shows `article`, whether it is live now or was a moment ago."""
    paths = {"/", *old_paths, *listing_paths(article)}
    for page in (article, *article.get_ancestors().specific()):
        url = _url(page)
        if url:
            paths.add(url)
    paths.update(f"/feeds/{kind}" for kind in FEED_KINDS)
    for related in ArticlePage.objects.filter(pk__in=showing_in_related(article)):
        paths.add(related.get_url())
    return {path for path in paths if path}


def listing_paths(article) -> set[str]:
    """The lists the article is on because of its topic, authors and tags: the ones an edit
    can take it off, so they are noted before a publish replaces them (pagecache.signals)."""
    paths = {_url(article.topic)} if article.topic_id else set()
    for author in article.authors:
        paths.add(author.get_absolute_url())
        paths.update(f"/feeds/authors/{author.slug}/{kind}" for kind in FEED_KINDS)
    for tag in article.tags.all():
        paths.add(f"/tags/{tag.slug}/")
        paths.update(f"/feeds/tags/{tag.slug}/{kind}" for kind in FEED_KINDS)
    if article.topic_id:
        paths.update(f"/feeds/topics/{article.topic.slug}/{kind}" for kind in FEED_KINDS)
    return {path for path in paths if path}


def page_paths(page) -> set[str]:
    """Any other page (home, topic, index): itself and the pages above it that list it."""
    paths = {_url(page)}
    paths.update(
        _url(ancestor) for ancestor in page.get_ancestors().specific() if not ancestor.is_root()
    )
    return {path for path in paths if path}


def touches_every_page(article) -> bool:
    """The breaking-news ticker is on every page: while one shows, or when this article is
    or was breaking, a change to it purges everything."""
    from pagecache.deadlines import ticker_showing

    return getattr(article, "breaking_until", None) is not None or ticker_showing()
