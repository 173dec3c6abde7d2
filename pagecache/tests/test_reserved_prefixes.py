"""One list of the site's URLs the page cache leaves alone, and one of those it purges as
groups (pagecache.policy), built with reverse(); the Varnish configuration passes exactly the
same ones, and the nginx recipes serve the static and media files where the settings say."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from pagecache import policy

DEPLOY = Path(policy.__file__).parent / "deploy"
VCL = DEPLOY / "varnish.vcl"


def test_it_builds_the_prefixes_from_the_url_names():
    assert policy.private_prefixes() == ("/admin/", "/comments/", "/search/", "/healthz")
    assert set(policy.bypass_prefixes()) >= {"/documents/", "/static/", "/media/"}


def test_it_passes_the_same_urls_at_the_edge_as_in_the_app():
    passed = re.search(r'req\.url ~ "\^/\(([^)]*)\)', VCL.read_text()).group(1)
    assert set(passed.split("|")) == {p.strip("/") for p in policy.private_prefixes()}
    assert f"{settings.SESSION_COOKIE_NAME}=" in VCL.read_text()


def test_it_never_caches_a_reserved_url():
    for prefix in policy.bypass_prefixes():
        assert policy.request_key("GET", prefix + "x", "", "") is None, prefix
    assert policy.request_key("GET", "/news/a/", "", "") == "/news/a/?"


@pytest.mark.parametrize(
    ("name", "kwargs", "group"),
    [
        ("feed-rss", {}, "group:feeds"),
        ("topic-feed-atom", {"slug": "sport"}, "group:feeds"),
        ("live-feed-rss", {"slug": "election"}, "group:feeds"),
        ("sitemap-index", {}, "group:feeds"),
        ("sitemap-section", {"section": "news"}, "group:feeds"),
        ("archive-day", {"year": 2020, "month": 1, "day": 2}, "group:archive"),
        ("api:list_people", {}, "group:api"),
    ],
)
def test_it_groups_every_list_purged_as_a_whole(name, kwargs, group):
    assert policy.group_of(reverse(name, kwargs=kwargs)) == group


def test_every_other_page_is_a_group_of_its_own():
    for path in ("/", "/news/archived-story/", reverse("tag", args=["sitemaps"])):
        assert policy.group_of(path) == path


def test_the_nginx_recipes_serve_files_where_the_settings_say():
    for recipe in ("nginx.conf", "nginx-tls.conf"):
        text = (DEPLOY / recipe).read_text()
        for url in (settings.STATIC_URL, settings.MEDIA_URL):
            assert f"location {url} " in text, (recipe, url)
    assert f"location = {reverse('health')} " in (DEPLOY / "nginx-tls.conf").read_text()
