from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ingest import views


@hooks.register("register_admin_urls")
def wordpress_import_urls():
    return [
        path("wordpress-import/", views.start, name="wordpress_import"),
        path("wordpress-import/<int:pk>/", views.progress, name="wordpress_import_run"),
        path("wordpress-import/<int:pk>/resume/", views.resume, name="wordpress_import_resume"),
    ]


class AdministratorsOnly(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.MAY_IMPORT)


@hooks.register("register_settings_menu_item")
def wordpress_import_menu_item():
    return AdministratorsOnly(
        "Import from WordPress", reverse("wordpress_import"), icon_name="download", order=900
    )
