"""The desk's home: what needs the desk now, in the newsroom's time zone, for the right people."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Site

from newsroom.models import Correction, NewsroomSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def kyiv_desk(site_tree, make_article, reporter):
    settings = NewsroomSettings.for_site(Site.objects.get(is_default_site=True))
    settings.time_zone = "Europe/Kyiv"
    settings.save()
    draft = make_article("Waiting for an editor", live=False, owner=reporter)
    draft.save_revision(user=reporter)
    draft.get_workflow().start(draft, reporter)
    soon = timezone.now() + timedelta(hours=2)
    make_article("Under embargo", embargo_until=soon)
    make_article("Breaking story", breaking_until=soon, published_at=timezone.now())
    fixed = make_article("Corrected story")
    Correction.objects.create(article=fixed, text="The date was wrong.")
    return draft


def test_it_shows_each_block_with_a_link_into_the_list(client, kyiv_desk, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    for text in (
        "In review",
        "Waiting for an editor",
        "sent by reporter",
        "Europe/Kyiv",
        "/admin/articles/?status=in_review",
        "/admin/articles/?status=embargoed",
        "Under embargo",
        "/admin/articles/?status=breaking",
        "Breaking story",
        "Published today",
        "Corrections this week",
        "New article",
    ):
        assert text in html, text


def test_each_link_lists_what_the_block_counts(client, kyiv_desk, editor):
    client.force_login(editor)
    for status, title in (("embargoed", "Under embargo"), ("breaking", "Breaking story")):
        response = client.get(f"/admin/articles/?status={status}")
        assert [page.title for page in response.context["pages"]] == [title]


def test_it_writes_times_in_the_newsroom_zone():
    from zoneinfo import ZoneInfo

    from newsroom.desk.clock import newsroom_time

    noon = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert newsroom_time(noon, ZoneInfo("Europe/Kyiv")) == "Wed 1 Jul 2026, 15:00 Europe/Kyiv"


def test_a_moderator_gets_no_desk_panel_and_no_new_article(client, kyiv_desk, moderator):
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert "The desk" not in html and "New article" not in html


def test_a_reporter_sees_the_desk_and_a_new_article_button(client, kyiv_desk, reporter):
    client.force_login(reporter)
    html = client.get("/admin/").content.decode()
    assert "The desk" in html and "/admin/pages/add/newsroom/articlepage/" in html


def test_the_time_zone_setting_refuses_a_made_up_zone(db):
    from django.core.exceptions import ValidationError

    settings = NewsroomSettings(site=Site.objects.first(), time_zone="Mars/Olympus")
    with pytest.raises(ValidationError):
        settings.full_clean()
