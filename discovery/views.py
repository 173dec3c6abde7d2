from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.views.decorators.gzip import gzip_page
from taggit.models import Tag

from discovery.search import Filters, clean_query, find, published_topics, snippet
from newsroom.listing import paginate
from newsroom.models import ArticlePage, ArticleTag

PER_PAGE = 20


@gzip_page  # never cached (pagecache.policy), so not compressed by the page cache either
def search(request):
    query = clean_query(request.GET.get("q", ""))
    filters = Filters.from_request(request.GET)
    results = find(query, filters)
    page = paginate(request, results, per_page=PER_PAGE)
    topics = published_topics()
    page.object_list = _articles(list(page.object_list), topics)
    hits = [(article, snippet(article, query)) for article in page.object_list]
    capped = getattr(results, "capped", False)
    context = {
        "query": query,
        "filters": filters,
        "results": page,
        "hits": hits,
        "topics": topics.values(),
        "capped": capped,
    }
    return render(request, "discovery/search.html", context)


def _articles(ids, topics):
    """The page's articles in rank order, with what a card shows (one query, not one per card).
    Still-published ones only: the search index may lag a change by a moment. No tree order to
    sort by, no authors' prefetch (a search card shows none), and topics from `topics`
    (a test counts the queries)."""
    listing = (
        ArticlePage.objects.published().for_listing().prefetch_related(None).select_related(None)
    )
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
