"""The live composer in the Wagtail admin: a menu item, its screens, a button on live pages."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from live import composer
from live.models import LivePage
from newsroom.page_menus import page_menu_button


@hooks.register("register_admin_urls")
def composer_urls():
    return [
        path("live/", composer.index, name="live_index"),
        path("live/<row_id:page_id>/", composer.composer, name="live_composer"),
        path("live/<row_id:page_id>/state/", composer.change_state, name="live_state"),
        path(
            "live/entries/<row_id:entry_id>/<slug:action>/",
            composer.change_entry,
            name="live_entry",
        ),
    ]


@hooks.register("register_admin_menu_item")
def live_menu_item():
    return MenuItem("Live coverage", reverse("live_index"), icon_name="radio-full", order=150)


@page_menu_button(header=50, listing=40)
def composer_button(page, user, priority):
    if not issubclass(page.specific_class, LivePage):
        return []
    url = reverse("live_composer", args=[page.pk])
    return [Button("Open live composer", url, icon_name="radio-full", priority=priority)]
