from django.http import Http404
from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from discovery import archive
from discovery.search import Filters, clean_query, snippet
from newsroom.listing import paginate
from newsroom.models import ArticlePage, TopicPage

PER_PAGE = 20


def search(request):
    query = clean_query(request.GET.get("q", ""))
    filters = Filters.from_request(request.GET)
    results = ArticlePage.objects.none()
    if query:
        articles = filters.apply(ArticlePage.objects.published().select_related("topic"))
        results = articles.search(query, operator="and")
        if len(query.split()) > 1 and not results.count():
            # No article has every word: rank those with any of them rather than show nothing.
            results = articles.search(query, operator="or")
    page = paginate(request, results, per_page=PER_PAGE)
    hits = [(article, snippet(article, query)) for article in page]
    context = {"query": query, "filters": filters, "results": page, "hits": hits, "topics": TopicPage.objects.published().order_by("title")}
    return render(request, "discovery/search.html", context)


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
