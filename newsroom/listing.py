"""Pagination that tolerates any ?page= a reader or a bot sends."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    # get_page() maps 'abc' to the first page and -1 or 99999 to the last one, so a
    # bad value gives a sensible page instead of a 500.
    return Paginator(items, per_page).get_page(request.GET.get("page"))
