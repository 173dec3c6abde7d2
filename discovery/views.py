from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.gzip import gzip_page
from taggit.models import Tag

from discovery import archive, search_index
from discovery.search import Filters, clean_query, published_topics, snippet
from newsroom.listing import paginate
from newsroom.models import ArticlePage

PER_PAGE = 20


@gzip_page  # never cached (pagecache.policy), so not compressed by the page cache either
def search(request):
    query = clean_query(request.GET.get("q", ""))
    filters = Filters.from_request(request.GET)
    results = []
    if query:
        results = _search(filters, query, "and")
        if len(query.split()) > 1 and not results.count():
            # No article has every word: rank those with any of them rather than show nothing.
            results = _search(filters, query, "or")
    page = paginate(request, results, per_page=PER_PAGE)
    topics = published_topics()
    page.object_list = _articles([getattr(item, "pk", item) for item in page.object_list], topics)
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


def _search(filters, query, operator):
    if search_index.enabled():
        return search_index.Ranked(query, operator, filters)  # ids, best first
    return filters.apply(ArticlePage.objects.published()).search(query, operator=operator)


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
    label = get_object_or_404(Tag, slug=slug)
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


def day_archive(request, year, month=None, day=None):
    period = archive.Period.of(year, month, day)
    if period is None:
        raise Http404("No such date.")
    articles = period.filter(ArticlePage.objects.published()).for_listing().newest_first()
    context = {"period": period, "articles": paginate(request, articles, per_page=PER_PAGE)}
    return render(request, "discovery/archive_page.html", context)
