from django.http import Http404
from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from discovery import archive
from discovery.search import MAX_RANKED, Filters, clean_query, ranked_ids, snippet
from newsroom.listing import paginate
from newsroom.models import ArticlePage, TopicPage

PER_PAGE = 20


def search(request):
    query = clean_query(request.GET.get("q", ""))
    filters = Filters.from_request(request.GET)
    articles = filters.apply(ArticlePage.objects.published())
    results, capped = ArticlePage.objects.none(), False
    if query:
        results = _search(articles, query, "and")
        if len(query.split()) > 1 and not len(results):
            # No article has every word: rank those with any of them rather than show nothing.
            results = _search(articles, query, "or")
        capped = isinstance(results, list) and len(results) >= MAX_RANKED
    page = paginate(request, results, per_page=PER_PAGE)
    page.object_list = _articles([getattr(item, "pk", item) for item in page.object_list])
    hits = [(article, snippet(article, query)) for article in page.object_list]
    topics = TopicPage.objects.published().order_by("title")
    context = {"query": query, "filters": filters, "results": page, "hits": hits, "topics": topics, "capped": capped}
    return render(request, "discovery/search.html", context)


def _search(articles, query, operator):
    ids = ranked_ids(query, operator)
    if ids is None:
        return articles.search(query, operator=operator)
    # The index knows nothing of "published" or the filters: keep the ranked ids that pass them.
    allowed = set(articles.filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in allowed]


def _articles(ids):
    """The page's articles in rank order, with what a card shows (one query, not one per card)."""
    found = ArticlePage.objects.for_listing().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def tag(request, slug):
    label = get_object_or_404(Tag, slug=slug)
    articles = ArticlePage.objects.published().filter(tags=label).for_listing().newest_first()
    return render(request, "discovery/tag_page.html", {"tag": label, "articles": paginate(request, articles, per_page=PER_PAGE)})


def day_archive(request, year, month=None, day=None):
    period = archive.Period.of(year, month, day)
    if period is None:
        raise Http404("No such date.")
    articles = period.filter(ArticlePage.objects.published()).for_listing().newest_first()
    context = {"period": period, "articles": paginate(request, articles, per_page=PER_PAGE)}
    return render(request, "discovery/archive_page.html", context)
