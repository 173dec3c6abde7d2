"""THE map of what shows an article: every page to purge when it, or its comments, change.

Kept in one place so a new page type that lists articles adds one line here. Paths are
site-relative and built with reverse(); the groups of pagecache.policy (feeds, sitemaps,
archives, the API) are purged as a whole locally, because which of their pages list a given
article is not worth computing, and feed by feed at the CDN, which purges exact URLs only.
"""

from django.urls import reverse

from newsroom.models import ArticlePage

FEED_KINDS = ("rss", "atom")  # the pair of each feed in syndication/urls.py: <name>-rss, -atom
SECTION_ARTICLES = 100  # a private section's articles whose lists are purged at the CDN too


def _url(page) -> str | None:
    return page.get_url() if page is not None else None


def _feeds(name, **kwargs) -> set[str]:
    return {reverse(f"{name}-{kind}", kwargs=kwargs) for kind in FEED_KINDS}


def showing_in_related(article) -> list[int]:
    """Ids of the articles whose stored Related list includes this one (discovery's contract)."""
    from discovery.related import articles_showing

    return articles_showing(article)


def article_paths(article, old_paths=()) -> set[str]:
    """Every page that shows `article`, whether it is live now or was a moment ago."""
    paths = {"/", *old_paths, *listing_paths(article), *_feeds("feed")}
    for page in (article, *article.get_ancestors().specific()):
        url = _url(page)
        if url:
            paths.add(url)
    for related in ArticlePage.objects.filter(pk__in=showing_in_related(article)):
        paths.add(related.get_url())
    return {path for path in paths if path}


def listing_paths(article) -> set[str]:
    """The lists the article is on because of its topic, authors and tags: the ones an edit
    can take it off, so they are noted before a publish replaces them (pagecache.signals)."""
    paths = {_url(article.topic)} if article.topic_id else set()
    for author in article.authors:
        paths.add(author.get_absolute_url())
        paths.update(_feeds("author-feed", slug=author.slug))
    for tag in article.tags.all():
        paths.add(reverse("tag", args=[tag.slug]))
        paths.update(_feeds("tag-feed", slug=tag.slug))
    if article.topic_id:
        paths.update(_feeds("topic-feed", slug=article.topic.slug))
    return {path for path in paths if path}


def page_paths(page) -> set[str]:
    """Any other page (home, topic, index): itself and the pages above it that list it."""
    paths = {_url(page)}
    paths.update(
        _url(ancestor) for ancestor in page.get_ancestors().specific() if not ancestor.is_root()
    )
    return {path for path in paths if path}


def section_paths(page) -> set[str]:
    """A page, everything below it, and the pages listing the first SECTION_ARTICLES articles
    among them (a section made private or moved: its articles leave every list)."""
    paths = page_paths(page)
    below = page.get_descendants(inclusive=True).specific()
    paths.update(_url(descendant) for descendant in below)
    articles = ArticlePage.objects.descendant_of(page, inclusive=True)
    for article in articles.order_by("-pk")[:SECTION_ARTICLES]:
        paths.update(article_paths(article))
    return {path for path in paths if path}


def entity_paths(entities) -> set[str]:
    """A person's, organisation's or place's page, its feeds and the index of its kind: what
    an extraction or an editor's decision about it changes (entities.signals)."""
    paths = set()
    for entity in entities:
        paths.add(entity.get_absolute_url())
        paths.add(reverse(f"entities:{entity.kind}-index"))
        paths.update(_feeds("entity-feed", slug=entity.slug))
    if paths:
        paths.add(reverse("api:list_people"))  # the API is purged as a whole
    return paths


def touches_every_page(article) -> bool:
    """The breaking-news ticker is on every page: while one shows, or when this article is
    or was breaking, a change to it purges everything."""
    from pagecache.deadlines import ticker_showing

    return getattr(article, "breaking_until", None) is not None or ticker_showing()
