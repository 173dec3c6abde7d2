"""The desk's article list: every article in one flat list, newest first, instead of the page
tree. Built on Wagtail's PageListingViewSet; what it changes is said where it is changed."""

from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy

from newsroom.desk.columns import (
    CheckboxColumn,
    HeadlineColumn,
    StatusColumn,
    TextColumn,
    TimeColumn,
    byline,
    desk_status,
)
from newsroom.desk.filters import ArticleFilterSet
from newsroom.models import ArticlePage, NewsIndexPage


def news_index(user):
    """The news index, read once a request: kept on the request's user object, as Wagtail keeps
    its permission caches (the list, its "New article" button and the dashboard all ask)."""
    if not hasattr(user, "_desk_news_index"):
        user._desk_news_index = NewsIndexPage.objects.first()
    return user._desk_news_index


def new_article_url(user):
    """The create form of an article under the news index, or None if the user may not add one."""
    news = news_index(user)
    if news is None or not news.permissions_for_user(user).can_add_subpage():
        return None
    return reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", news.pk])


def explorable_articles(user):
    """Articles the user may see in the admin: those under a page they hold a permission on.

    What Wagtail's `explorable_instances` gives for leaf pages, without its
    `id IN (every explorable page)` subquery, which costs tens of milliseconds at 100,000
    pages: articles live only under the news index, so a permission on it or above it (every
    newsroom role's) opens them all, and anything narrower is a path prefix on the rows."""
    articles = ArticlePage.objects.all()
    if user.is_superuser:
        return articles
    news = news_index(user)
    pages = PagePermissionPolicy().instances_with_direct_explore_permission(user)
    if news is not None and any(news.path.startswith(page.path) for page in pages):
        return articles
    allowed = Q(pk__in=[])
    for page in pages:
        allowed |= Q(path__startswith=page.path)
    return articles.filter(allowed)


class CappedPaginator(WagtailPaginator):
    """Counts matches up to COUNT_CAP, like the reader search's "500+". An exact count of
    100,000 articles reads all of them (~250 ms on PostgreSQL with a cold visibility map);
    past the cap the desk narrows by date or status rather than paging on."""

    COUNT_CAP = 1000

    @cached_property
    def count(self):
        matches = self.object_list
        if isinstance(matches, QuerySet):
            return matches.order_by().values("pk")[: self.COUNT_CAP + 1].count()
        return super().count

    @property
    def capped(self):
        return self.count > self.COUNT_CAP


class ArticleIndexView(IndexView):
    page_title = "Articles"
    add_item_label = "New article"
    default_ordering = "-latest_revision_created_at"
    paginate_by = 25  # a screenful; every row costs ~1 ms of Wagtail's table rendering

    def get_base_queryset(self):
        return self.annotate_queryset(explorable_articles(self.request.user))

    def annotate_queryset(self, pages):
        # Wagtail's own adds `.specific()` (a second query per page type), a content-type
        # prefetch and the site-root state (a subquery for the explorer's title column); the
        # rows are articles already, and the list shows their topic's title (not a topic
        # page object per row, ~0.2 ms each) and byline.
        return (
            pages.defer_streamfields()
            .annotate(topic_title=F("topic__title"))
            .prefetch_related("article_authors__author")
            .prefetch_workflow_states()
            .annotate_approved_schedule()
        )

    paginator_class = CappedPaginator

    def get_ordering(self):
        # Filtered by publication dates, the list follows them: the index on published_at
        # finds the range, where the last-update order would walk every newer article first.
        dated = "published_at_from" in self.request.GET or "published_at_to" in self.request.GET
        if dated and "ordering" not in self.request.GET and not self.is_searching:
            return "-published_at"
        return super().get_ordering()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context.get("paginator") and context["paginator"].capped:
            context["items_count"] = f"{CappedPaginator.COUNT_CAP:,}+"
        return context

    def get_add_url(self):
        return new_article_url(self.request.user)

    def search_queryset(self, queryset):
        """Search by headline, from a trigram index on PostgreSQL (migration 0014), newest
        first; Wagtail's page search ranks its whole index table for every query."""
        if not self.is_searching:
            return queryset
        return queryset.filter(title__icontains=self.search_query)

    def order_queryset(self, queryset):
        if self.is_searching and not self.is_explicitly_ordered:
            return queryset.order_by(F("latest_revision_created_at").desc(nulls_last=True))
        return super().order_queryset(queryset)


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    index_view_class = ArticleIndexView
    icon = "doc-full"
    menu_label = "Articles"
    menu_order = 90  # above Wagtail's "Pages" (100): the desk starts from its articles
    add_to_admin_menu = True
    name = "articles"
    filterset_class = ArticleFilterSet
    columns = [
        CheckboxColumn("bulk_actions"),
        HeadlineColumn("title", label="Headline", sort_key="title", classname="title"),
        TextColumn("topic", label="Topic", accessor="topic_title", width="14%"),
        TextColumn("byline", label="Byline", accessor=byline, width="14%"),
        StatusColumn("status", label="Status", accessor=desk_status, sort_key="live", width="14%"),
        TimeColumn(
            "latest_revision_created_at",
            label="Updated",
            sort_key="latest_revision_created_at",
            width="13%",
        ),
        TimeColumn("published_at", label="Published", sort_key="published_at", width="13%"),
    ]


article_listing = ArticleListingViewSet()
