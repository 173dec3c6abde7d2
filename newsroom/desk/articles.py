"""The desk's article list: every article in one flat list, newest first, instead of the page
tree. Built on Wagtail's PageListingViewSet; what it changes is said where it is changed."""

from django.db.models import F, Q
from django.urls import reverse
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy

from newsroom.desk.filters import ArticleFilterSet
from newsroom.models import ArticlePage, NewsIndexPage


def byline(article):
    return ", ".join(link.author.name for link in article.article_authors.all())


def new_article_url(user):
    """The create form of an article under the news index, or None if the user may not add one."""
    news = NewsIndexPage.objects.first()
    if news is None or not news.permissions_for_user(user).can_add_subpage():
        return None
    return reverse("wagtailadmin_pages:add", args=["newsroom", "articlepage", news.pk])


def explorable_articles(user):
    """Articles the user may see in the admin: those under a page they hold a permission on.

    What Wagtail's `explorable_instances` gives for leaf pages, as path prefixes on the
    article rows themselves rather than an `id IN (every explorable page)` subquery, which
    costs tens of milliseconds at 100,000 pages."""
    articles = ArticlePage.objects.filter(depth__gt=1)
    if user.is_superuser:
        return articles
    pages = PagePermissionPolicy().instances_with_direct_explore_permission(user)
    allowed = Q(pk__in=[])
    for page in pages:
        allowed |= Q(path__startswith=page.path)
    return articles.filter(allowed)


class ArticleIndexView(IndexView):
    page_title = "Articles"
    add_item_label = "New article"
    default_ordering = "-latest_revision_created_at"
    paginate_by = 50

    def get_base_queryset(self):
        return self.annotate_queryset(explorable_articles(self.request.user))

    def annotate_queryset(self, pages):
        # Wagtail's own adds `.specific()` (a second query per page type) and a content-type
        # prefetch; the rows are articles already, and the list shows their topic and byline.
        return (
            pages.defer_streamfields()
            .select_related("topic", "locale")
            .prefetch_related("article_authors__author")
            .prefetch_workflow_states()
            .annotate_site_root_state()
            .annotate_approved_schedule()
        )

    def order_queryset(self, queryset):
        # Drafts have no publication time: keep them after the published ones either way.
        if not self.is_searching and self.ordering in ("published_at", "-published_at"):
            field = F("published_at")
            first = field.asc(nulls_last=True) if self.ordering[0] != "-" else None
            return queryset.order_by(first or field.desc(nulls_last=True), "-pk")
        return super().order_queryset(queryset)

    def get_add_url(self):
        return new_article_url(self.request.user)


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
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label="Headline", sort_key="title", classname="title"),
        Column("topic", label="Topic", accessor="topic.title", width="14%"),
        Column("byline", label="Byline", accessor=byline, width="14%"),
        PageStatusColumn("status", label="Status", sort_key="live", width="12%"),
        DateColumn(
            "latest_revision_created_at",
            label="Updated",
            sort_key="latest_revision_created_at",
            width="11%",
        ),
        DateColumn("published_at", label="Published", sort_key="published_at", width="11%"),
    ]


article_listing = ArticleListingViewSet()
