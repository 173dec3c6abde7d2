"""One list of the site's URLs the page cache leaves alone (pagecache.policy), built with
reverse(); the Varnish configuration passes exactly the same ones."""

import re
from pathlib import Path

from django.conf import settings

from pagecache import policy

VCL = Path(policy.__file__).parent / "deploy" / "varnish.vcl"


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
