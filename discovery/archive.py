"""Date archives with Django's date-based generic views: /archive/ lists the years, a year its
months, a month its days; each page lists the articles of its period, newest first."""

from django.views.generic.dates import (
    ArchiveIndexView,
    DayArchiveView,
    MonthArchiveView,
    YearArchiveView,
)

from newsroom.listing import paginate
from newsroom.models import ArticlePage


class Archive:
    """What every archive page shares: published articles only, and a page number that never
    fails (Django's views answer 404 to ?page=abc; a list here shows its nearest page)."""

    date_field = "published_at"
    ordering = ("-published_at", "-pk")
    allow_empty = True  # a year with no article is an empty page, not a missing one
    paginate_by = 20
    month_format, day_format = "%m", "%d"
    template_name = "discovery/archive_page.html"

    def get_queryset(self):
        return ArticlePage.objects.published().for_listing()

    def paginate_queryset(self, queryset, page_size):
        page = paginate(self.request, queryset, page_size)
        return page.paginator, page, page.object_list, page.has_other_pages()


class Index(Archive, ArchiveIndexView):
    date_list_period = "year"


class Year(Archive, YearArchiveView):
    make_object_list = True


class Month(Archive, MonthArchiveView):
    pass


class Day(Archive, DayArchiveView):
    pass
