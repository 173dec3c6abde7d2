"""Sites that never edited the trusted link domains
get the longer default list; edited lists stay."""

from importlib import import_module

from django.apps import apps

from comments.models import CommentSettings
from comments.spam import TRUSTED_LINK_DOMAINS

upgrade = import_module("comments.migrations.0006_more_trusted_link_domains")


def test_it_extends_the_previous_default_and_keeps_an_edited_list(db, site_tree):
    site = site_tree["home"].get_site()
    CommentSettings.objects.update_or_create(
        site=site, defaults={"trusted_link_domains": upgrade.PREVIOUS}
    )
    upgrade.extend_untouched_lists(apps, None)
    assert CommentSettings.objects.get(site=site).trusted_link_domains == "\n".join(
        TRUSTED_LINK_DOMAINS
    )
    assert "nytimes.com" in TRUSTED_LINK_DOMAINS and "nytimes.com" not in upgrade.PREVIOUS
    CommentSettings.objects.filter(site=site).update(
        trusted_link_domains="wikipedia.org\nlocalpaper.example"
    )
    upgrade.extend_untouched_lists(apps, None)
    assert (
        CommentSettings.objects.get(site=site).trusted_link_domains
        == "wikipedia.org\nlocalpaper.example"
    )
