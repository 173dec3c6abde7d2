"""Every reader page carries a strict Content-Security-Policy (no inline script or style) and a
Permissions-Policy, from the page cache too; the Wagtail admin gets its own, looser policy."""

import re

import pytest

pytestmark = pytest.mark.django_db

READER_PAGES = [
    "/",
    "/news/ukraine-may-not-join-nato-zelenskyy/",
    "/news/",
    "/topics/",
    "/topics/russia-ukraine-war/",
    "/authors/global-windownews-desk/",
    "/search/?q=Ukraine",
    "/corrections/",
    "/news/no-such-story/",
]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>")
INLINE_STYLE = re.compile(r"<style\b|\sstyle=|\son[a-z]+=", re.IGNORECASE)


def directives(response, header="Content-Security-Policy"):
    policy = response[header]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


@pytest.mark.parametrize("path", READER_PAGES)
def test_it_sends_a_strict_policy_on_reader_pages(client, seed_article, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    policy = directives(response)
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("path", READER_PAGES)
def test_reader_pages_hold_no_inline_script_or_style(client, seed_article, path):
    html = client.get(path).content.decode()
    assert not INLINE_SCRIPT.search(html), INLINE_SCRIPT.search(html)
    assert not INLINE_STYLE.search(html), INLINE_STYLE.search(html)


def test_a_page_served_from_the_cache_keeps_its_policy(client, seed_article):
    client.get("/")
    response = client.get("/")
    assert response.get("X-Cache") == "HIT"
    assert directives(response)["script-src"] == ["'self'"]


def test_a_responsive_embed_needs_no_style_attribute():
    from django.template.loader import render_to_string

    class Embed:
        is_responsive, ratio, html = True, 0.75, '<iframe src="https://video.example/1"></iframe>'

    html = render_to_string("wagtailembeds/embed_frontend.html", {"embed": Embed()})
    assert 'class="responsive-object is-4x3"' in html and "style=" not in html


def test_the_admin_keeps_working_under_its_own_policy(client, editor):
    login = client.get("/admin/login/")
    assert login.status_code == 200
    assert "'unsafe-inline'" in directives(login)["script-src"]
    client.force_login(editor)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert directives(dashboard)["frame-ancestors"] == ["'self'"]  # the preview panel's iframe


def test_nginx_sends_the_same_policies_on_the_page_files_it_serves(client, seed_article):
    """Page files never reach Django: the TLS recipe repeats its headers, and must not drift."""
    from pathlib import Path

    from django.conf import settings

    recipe = (Path(settings.BASE_DIR) / "pagecache" / "deploy" / "nginx-tls.conf").read_text()
    response = client.get("/")
    for header in ("Content-Security-Policy", "Permissions-Policy"):
        assert f'add_header {header} "{response[header]}";' in recipe, header
