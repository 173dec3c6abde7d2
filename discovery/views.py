from django.shortcuts import render

from ingest.text import clean
from newsroom.listing import paginate
from newsroom.models import ArticlePage

MAX_QUERY_LENGTH = 200


def search(request):
    # Long queries are cut rather than refused: nobody types 200 characters on purpose.
    # Control characters (a NUL breaks PostgreSQL) and double quotes (an unpaired one is an
    # FTS syntax error on SQLite) are dropped: both gave a 500.
    query = clean(request.GET.get("q", "")).replace('"', " ").strip()[:MAX_QUERY_LENGTH]
    results = ArticlePage.objects.none()
    if query:
        results = ArticlePage.objects.published().for_listing().search(query, operator="or")
    return render(request, "discovery/search.html", {"query": query, "results": paginate(request, results, per_page=20)})
