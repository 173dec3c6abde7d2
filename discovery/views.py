from django.shortcuts import render

from newsroom.listing import paginate
from newsroom.models import ArticlePage

MAX_QUERY_LENGTH = 200


def search(request):
    # Long queries are cut rather than refused: nobody types 200 characters on purpose.
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = ArticlePage.objects.none()
    if query:
        results = ArticlePage.objects.published().search(query, operator="or")
    return render(request, "discovery/search.html", {"query": query, "results": paginate(request, results, per_page=20)})
