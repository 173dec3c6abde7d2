from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.csp import csp_override
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from discovery import views as discovery_views
from newsroom import views as newsroom_views
from windownews import converters, views  # noqa: F401 (converters registers "uslug")

urlpatterns = [
    # The admin keeps a looser Content-Security-Policy than reader pages (settings.ADMIN_CSP).
    path(
        "admin/",
        include(
            decorate_urlpatterns(wagtailadmin_urls.urlpatterns, csp_override(settings.ADMIN_CSP))
        ),
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("authors/<slug:slug>/", newsroom_views.author, name="author"),
    path("corrections/", newsroom_views.corrections, name="corrections"),
    path("healthz", views.health, name="health"),
    path("search/", discovery_views.search, name="search"),
    path("tags/<uslug:slug>/", discovery_views.tag, name="tag"),
    path("archive/<int:year>/", discovery_views.day_archive, name="archive-year"),
    path("archive/<int:year>/<int:month>/", discovery_views.day_archive, name="archive-month"),
    path(
        "archive/<int:year>/<int:month>/<int:day>/", discovery_views.day_archive, name="archive-day"
    ),
    path("comments/", include("comments.urls")),
    # Feeds, sitemaps, robots.txt and the JSON API (syndication/urls.py).
    path("", include("syndication.urls")),
]

if not settings.PRODUCTION:
    # The demo serves uploads itself; production puts them behind the web server or a CDN.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Wagtail's page tree answers everything else, so it goes last.
urlpatterns += [path("", include(wagtail_urls))]
