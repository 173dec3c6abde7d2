"""The admin's sidebar, kept per user, shows what the user may do now; the keyboard-shortcuts
dialog, kept per kind of keyboard, names that keyboard's keys."""

import json
import re

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def sidebar(client):
    html = client.get("/admin/").content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    return json.loads(props.group(1))


def menu_names(props):
    names = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("name"), str) and "label" in node:
                names.add(node["name"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return names


def test_each_user_gets_their_own_sidebar(client, site_tree, reporter, editor):
    client.force_login(editor)
    editors = menu_names(sidebar(client))
    client.force_login(reporter)
    reporters = menu_names(sidebar(client))
    assert "tags" in editors and "tags" not in reporters
    assert "corrections" in editors and "corrections" not in reporters


def test_a_new_role_shows_on_the_next_page(client, site_tree, reporter):
    client.force_login(reporter)
    assert "tags" not in menu_names(sidebar(client))
    reporter.groups.add(Group.objects.get(name="Editor"))
    assert "tags" in menu_names(sidebar(client))
    reporter.groups.remove(Group.objects.get(name="Editor"))
    assert "tags" not in menu_names(sidebar(client))


def test_a_permission_taken_from_a_role_goes_from_every_sidebar(client, site_tree, editor):
    client.force_login(editor)
    assert "tags" in menu_names(sidebar(client))
    Group.objects.get(name="Editor").permissions.remove(
        *Group.objects.get(name="Editor").permissions.filter(content_type__app_label="taggit")
    )
    assert "tags" not in menu_names(sidebar(client))


def test_a_new_name_shows_on_the_next_page(client, site_tree, editor):
    client.force_login(editor)
    assert '"name": "Olena"' not in json.dumps(sidebar(client))
    editor.first_name = "Olena"
    editor.save()
    assert '"name": "Olena"' in json.dumps(sidebar(client))


@pytest.mark.parametrize(
    ("user_agent", "key"),
    [("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)", "⌘"), ("Mozilla/5.0 (X11; Linux)", "Ctrl")],
)
def test_the_shortcuts_dialog_names_the_keyboards_keys(client, site_tree, editor, user_agent, key):
    client.force_login(editor)
    for _ in range(2):  # built, then kept
        html = client.get("/admin/", headers={"user-agent": user_agent}).content.decode()
        dialog = html[html.index('id="keyboard-shortcuts-dialog"') :]
        assert f"<kbd>{key} + s</kbd>" in dialog


def test_a_sign_in_keeps_the_sidebars_but_a_new_name_does_not(client, site_tree, editor):
    from newsroom.desk.chrome import version

    client.force_login(editor)
    sidebar(client)
    before = version()
    editor.last_login = None
    editor.save(update_fields=["last_login"])  # what Django's sign-in does
    assert version() == before
    editor.first_name = "Renamed"
    editor.save()
    assert version() != before
