"""Wagtail's admin chrome, built less often: the sidebar once per user, kept in the cache until
something it shows changes; the keyboard-shortcuts dialog once per kind of keyboard.

Wagtail builds the sidebar on every admin page: each menu item asks the user's permissions
(three queries more for an Editor: pages, collections, sites) and telepath packs the menu into
JSON, ~10 ms of the ~50 ms of CPU the article list takes at 100,000 articles (measured in
`bench/desk_list.py`'s setting). What it shows depends on who the user is (permissions,
groups, name, avatar) and on nothing else but the registered menu, which is fixed at start:
a change to any of those models starts a new version of every sidebar (`forget_sidebars`).
Parts that change more often (the comment queue's count badge) add to the key
(`SIDEBAR_KEY_PARTS`), so they show fresh on every page.

The keyboard-shortcuts dialog (~2 ms a page) is the same for every user with the same
setting, keyboard (Mac or not) and language: kept in this process's memory.

Both are installed in place of Wagtail's tags (`install`): Wagtail has no hook to cache its
sidebar or dialog, and no other way to change them short of copying its base template."""

import hashlib
import re
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.translation import get_language

SECONDS = 600  # a backstop for a change no signal reports (a bulk update of users)
VERSION_KEY = "desk-sidebar-version"
DIALOG = "wagtailadmin/shared/keyboard_shortcuts_dialog.html"
MAC = re.compile(r"Mac|iPod|iPhone|iPad")  # as Wagtail tells a Mac's keyboard
# {name: function(request) -> str} filled by other apps at start-up (comments: its badge's count)
SIDEBAR_KEY_PARTS = {}


def version():
    # A time to start from, never 0: were the version evicted, counting again from a number
    # used before could bring back sidebars kept under it.
    return cache.get_or_set(VERSION_KEY, time.time_ns, None)


def forget_sidebars(update_fields=None, **kwargs):
    """Every sidebar is built again on its user's next page; not for a sign-in, which saves
    only the user's `last_login` (the sidebar does not show it)."""
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # evicted: a new start
        cache.set(VERSION_KEY, time.time_ns(), None)


def sidebar_key(request):
    user = request.user
    parts = [str(version()), str(user.pk), get_language() or "", get_script_prefix()]
    parts += [part(request) for part in SIDEBAR_KEY_PARTS.values()]
    return "desk-sidebar:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def kept(build):
    """`build(context)`, Wagtail's tag, through the cache for signed-in users."""

    def sidebar_props(context):
        request = context["request"]
        if not request.user.is_authenticated:
            return build(context)
        key = sidebar_key(request)
        html = cache.get(key)
        if html is None:
            html = build(context)
            cache.set(key, html, SECONDS)
        return html

    return sidebar_props


def dialog_once_per_keyboard(build):
    """`build(context)`, Wagtail's inclusion tag's data, rendered once for each of what Wagtail
    reads to write the dialog: the user's setting, a Mac's keys or others', the language (and
    the account page's URL)."""
    rendered = {}  # a handful: two settings, two keyboards, the site's languages

    def keyboard_shortcuts_dialog(context):
        request = context.get("request")
        if request is None:
            return render_to_string(DIALOG, build(context))
        profile = getattr(request.user, "wagtail_userprofile", None)
        enabled = bool(getattr(profile, "keyboard_shortcuts", True))
        mac = bool(MAC.search(request.headers.get("User-Agent", "")))
        key = (enabled, mac, get_language(), get_script_prefix())
        if key not in rendered:
            rendered[key] = render_to_string(DIALOG, build(context))
        return rendered[key]

    return keyboard_shortcuts_dialog


def install():
    from wagtail.admin.templatetags import wagtailadmin_tags
    from wagtail.models import (
        GroupCollectionPermission,
        GroupPagePermission,
        GroupSitePermission,
    )
    from wagtail.users.models import UserProfile

    wagtailadmin_tags.register.simple_tag(takes_context=True, name="sidebar_props")(
        kept(wagtailadmin_tags.sidebar_props)
    )
    wagtailadmin_tags.register.simple_tag(takes_context=True, name="keyboard_shortcuts_dialog")(
        dialog_once_per_keyboard(wagtailadmin_tags.keyboard_shortcuts_dialog)
    )
    User = get_user_model()
    for model in (
        User,
        Group,
        UserProfile,
        GroupPagePermission,
        GroupCollectionPermission,
        GroupSitePermission,
    ):
        post_save.connect(forget_sidebars, sender=model, dispatch_uid=f"sidebar-{model.__name__}")
        post_delete.connect(
            forget_sidebars, sender=model, dispatch_uid=f"sidebar-del-{model.__name__}"
        )
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(
            forget_sidebars, sender=through, dispatch_uid=f"sidebar-{through.__name__}"
        )
