from django.urls import path
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from ingest import views


class AdministratorsOnly(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.MAY_IMPORT)


class WordPressImportViewSet(ViewSet):
    url_prefix = "wordpress-import"
    menu_label = "Import from WordPress"
    icon = "download"
    menu_order = 900
    add_to_settings_menu = True
    menu_item_class = AdministratorsOnly

    def get_urlpatterns(self):
        return [
            path("", views.start, name="start"),
            path("<int:pk>/", views.progress, name="run"),
            path("<int:pk>/resume/", views.resume, name="resume"),
        ]


@hooks.register("register_admin_viewset")
def register_wordpress_import():
    return WordPressImportViewSet("wordpress_import")
