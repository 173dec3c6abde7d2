from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.csp import csp_override
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern
from wagtail.utils.urlpatterns import decorate_urlpatterns

from discovery import archive
from discovery import views as discovery_views
from newsroom import views as newsroom_views
from pagecache import routing
from windownews import views

urlpatterns = [
    # The admin keeps a looser Content-Security-Policy than reader pages (settings.ADMIN_CSP).
    path(
        "admin/",
        include(
            decorate_urlpatterns(wagtailadmin_urls.urlpatterns, csp_override(settings.ADMIN_CSP))
        ),
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("authors/", newsroom_views.authors, name="authors"),
    path("authors/<slug:slug>/", newsroom_views.author, name="author"),
    path("corrections/", newsroom_views.corrections, name="corrections"),
    path("healthz", views.health, name="health"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("search/", discovery_views.search, name="search"),
    path("tags/", discovery_views.tags, name="tags"),
    path("tags/<uslug:slug>/", discovery_views.tag, name="tag"),
    path("archive/", archive.Index.as_view(), name="archive"),
    path("archive/<int:year>/", archive.Year.as_view(), name="archive-year"),
    path("archive/<int:year>/<int:month>/", archive.Month.as_view(), name="archive-month"),
    path("archive/<int:year>/<int:month>/<int:day>/", archive.Day.as_view(), name="archive-day"),
    path("comments/", include("comments.urls")),
    path("", include("entities.urls")),
    path("", include("live.urls")),
    path("follow/", include("following.urls")),
    # Email providers' delivery reports (bounces, complaints): following suppresses the address.
    path("anymail/", include("anymail.urls")),
    # Feeds, sitemaps, robots.txt and the JSON API (syndication/urls.py).
    path("", include("syndication.urls")),
]

if not settings.PRODUCTION:
    # The demo serves uploads itself; production puts them behind the web server or a CDN.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", views.media)]

# Wagtail's page tree answers everything else, so it goes last, through the page cache's serve
# view in place of Wagtail's (same pattern and name): it keeps the page an address routes to
# while the page is cached (pagecache.routing).
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
]
