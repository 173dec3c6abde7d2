from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.views.decorators.gzip import gzip_page
from taggit.models import Tag

from discovery import suggest
from discovery.search import (
    MAX_QUERY_LENGTH,
    Filters,
    clean_query,
    find,
    highlighted,
    published_topics,
    snippet,
)
from newsroom.listing import paginate
from newsroom.models import ArticlePage, ArticleTag

PER_PAGE = 20


@gzip_page  # never cached (pagecache.policy), so not compressed by the page cache either
def search(request):
    typed = request.GET.get("q", "")[:MAX_QUERY_LENGTH]  # the search box shows it as typed
    query = clean_query(typed)
    filters = Filters.from_request(request.GET)
    results = find(query, filters)
    page = paginate(request, results, per_page=PER_PAGE)
    topics = published_topics()
    page.object_list = _articles(list(page.object_list), topics)
    marked = highlighted(results.terms)
    hits = [(article, snippet(article, marked)) for article in page.object_list]
    capped = getattr(results, "capped", False)
    context = {
        "query": query,
        "typed": typed,
        "suggestion": _suggestion(request, query, results),
        "filters": filters,
        "results": page,
        "hits": hits,
        "topics": topics.values(),
        "capped": capped,
    }
    return render(request, "discovery/search.html", context)


def _suggestion(request, query, results):
    """("did you mean" words, their search's URL) when the query found nothing or not every
    word, and a near miss of an unknown word is known; else None."""
    words = suggest.did_you_mean(query, results)
    if not words:
        return None
    params = request.GET.copy()
    params["q"] = words
    params.pop("page", None)
    return words, f"?{params.urlencode()}"


# What a search card and its snippet read of an article (components/article_card.html at its
# standard size, search.snippet); a page's ~50 other columns are left unread. A small cut
# (~0.4 of 5.4 ms a search at load 15): most of the rest is building the query and 20 pages.
CARD_FIELDS = (
    "title",
    "url_path",
    "topic",
    "published_at",
    "standfirst",
    "body",
    "lead_image",
    "lead_image_alt",
    "generated_image",
)


def _articles(ids, topics):
    """The page's articles in rank order, with what a card shows (one query, not one per card).
    Still-published ones only: the search index may lag a change by a moment. No tree order to
    sort by, no authors' prefetch (a search card shows none), and topics from `topics`
    (a test counts the queries)."""
    listing = ArticlePage.objects.published().with_listing_annotations().only(*CARD_FIELDS)
    found = listing.select_related("lead_image", "generated_image").order_by().in_bulk(ids)
    for article in found.values():
        if article.topic_id in topics:
            article.topic = topics[article.topic_id]
    return [found[pk] for pk in ids if pk in found]


def tag(request, slug):
    label = get_object_or_404(ArticleTag.public_tags(), slug=slug)
    articles = ArticlePage.objects.published().filter(tags=label).for_listing().newest_first()
    return render(
        request,
        "discovery/tag_page.html",
        {"tag": label, "articles": paginate(request, articles, per_page=PER_PAGE)},
    )


def tags(request):
    """Every tag on a published article, the most used first."""
    published = ArticlePage.objects.published()
    labels = (
        Tag.objects.filter(newsroom_articletag_items__content_object__in=published)
        .annotate(count=Count("newsroom_articletag_items", distinct=True))
        .order_by("-count", "name")
    )
    return render(request, "discovery/tags_index.html", {"tags": paginate(request, labels, 120)})
