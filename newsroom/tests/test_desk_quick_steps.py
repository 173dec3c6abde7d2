"""The desk's short cuts, role by role: "Approve and schedule" in one dialog (reviewers only,
in the newsroom's time zone, never in the past), a picture uploaded from the article form,
"Submit for review" as a reporter's main button, and the headline search."""

import io
import re
from datetime import timedelta

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from newsroom.models import ArticlePage, Author, NewsroomSettings
from newsroom.tests.admin_forms import add_url, article_form, edit_url

pytestmark = pytest.mark.django_db
ACTION = "approve_schedule"


@pytest.fixture
def in_review(make_article, reporter):
    article = make_article("Waiting for review", live=False, owner=reporter)
    article.save_revision(user=reporter)
    article.get_workflow().start(article, reporter)
    article.refresh_from_db()
    return article


def action_url(article):
    state = article.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[article.pk, ACTION, state.pk])


def kyiv_time(when):
    zone = NewsroomSettings.for_site(Site.objects.get(is_default_site=True)).zone
    return timezone.localtime(when, zone).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def kyiv(site_tree):
    settings = NewsroomSettings.for_site(Site.objects.get(is_default_site=True))
    settings.time_zone = "Europe/Kyiv"
    settings.save()


@pytest.mark.parametrize("role", ["editor", "administrator"])
def test_reviewers_get_approve_and_schedule_in_the_newsroom_zone(
    client, in_review, kyiv, role, request
):
    client.force_login(request.getfixturevalue(role))
    assert (
        f'data-workflow-action-name="{ACTION}"' in client.get(edit_url(in_review)).content.decode()
    )
    dialog = client.get(action_url(in_review)).json()["html"]
    assert "Goes live at (Europe/Kyiv)" in dialog


def test_approving_and_scheduling_schedules_the_latest_text(client, in_review, kyiv, editor):
    go_live = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(editor)
    response = client.post(action_url(in_review), {"schedule_at": kyiv_time(go_live)})
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert not in_review.live and not in_review.workflow_in_progress
    assert in_review.get_latest_revision().approved_go_live_at == go_live


def test_a_go_live_time_in_the_past_is_refused_and_nothing_changes(client, in_review, kyiv, editor):
    client.force_login(editor)
    past = kyiv_time(timezone.now() - timedelta(hours=2))
    response = client.post(
        action_url(in_review), {"schedule_at": past}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert "has already passed" in response.json()["html"]
    assert f'value="{past}"' in response.json()["html"]  # the dialog comes back filled
    in_review.refresh_from_db()
    assert (
        in_review.workflow_in_progress
        and in_review.get_latest_revision().approved_go_live_at is None
    )


def plain_url(dialog_html):
    """Where the dialog's button posts the form when Wagtail's modal script has not taken it."""
    return re.search(r'formaction="([^"]+)"', dialog_html).group(1)


def collect_url(article):
    state = article.current_workflow_task_state
    name = "wagtailadmin_pages:collect_workflow_action_data"
    return reverse(name, args=[article.pk, ACTION, state.pk])


def test_the_dialog_posted_plainly_approves_and_schedules_all_the_same(
    client, in_review, kyiv, editor
):
    go_live = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(editor)
    dialog = client.get(collect_url(in_review)).json()["html"]  # as the edit screen opens it
    response = client.post(plain_url(dialog), {"schedule_at": kyiv_time(go_live)}, follow=True)
    assert response.redirect_chain[-1][0] == edit_url(in_review)
    assert "approved: it goes live" in response.content.decode()
    in_review.refresh_from_db()
    assert not in_review.live and not in_review.workflow_in_progress
    assert in_review.get_latest_revision().approved_go_live_at == go_live


def test_the_dialog_posted_plainly_with_a_past_time_says_so_and_changes_nothing(
    client, in_review, kyiv, editor
):
    client.force_login(editor)
    dialog = client.get(collect_url(in_review)).json()["html"]
    past = kyiv_time(timezone.now() - timedelta(hours=2))
    response = client.post(plain_url(dialog), {"schedule_at": past}, follow=True)
    assert "Not approved:" in response.content.decode()
    assert "has already passed" in response.content.decode()
    in_review.refresh_from_db()
    assert in_review.workflow_in_progress and not in_review.live


def test_an_autosave_carrying_the_dialogs_fields_performs_no_review_action(
    client, in_review, kyiv, editor, site_tree
):
    """What Wagtail's modal script adds to the edit form before submitting it: an autosave
    sent at that moment must not approve as well (the real submission does)."""
    go_live = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    data = article_form(title=in_review.title, slug=in_review.slug, topic=in_review.topic)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": ACTION,
            "workflow-action-extra-data": f'{{"schedule_at": "{go_live.isoformat()}"}}',
        }
    )
    client.force_login(editor)
    autosave = client.post(edit_url(in_review), data, headers={"accept": "application/json"})
    assert autosave.status_code == 409
    in_review.refresh_from_db()
    assert in_review.workflow_in_progress
    assert client.post(edit_url(in_review), data).status_code == 302  # the real submission
    in_review.refresh_from_db()
    assert not in_review.workflow_in_progress
    assert in_review.get_latest_revision().approved_go_live_at == go_live


@pytest.mark.parametrize("role", ["reporter", "moderator"])
def test_writers_and_moderators_cannot_approve_and_schedule_plainly(
    client, in_review, role, request
):
    state = in_review.current_workflow_task_state
    url = reverse("newsroom_approve_schedule", args=[in_review.pk, state.pk])
    client.force_login(request.getfixturevalue(role))
    future = kyiv_time(timezone.now() + timedelta(days=1))
    assert client.post(url, {"schedule_at": future}).status_code in (302, 403)
    in_review.refresh_from_db()
    assert in_review.workflow_in_progress and not in_review.live


@pytest.mark.parametrize("role", ["reporter", "moderator"])
def test_writers_and_moderators_cannot_approve_and_schedule(client, in_review, role, request):
    client.force_login(request.getfixturevalue(role))
    future = kyiv_time(timezone.now() + timedelta(days=1))
    assert client.post(action_url(in_review), {"schedule_at": future}).status_code in (302, 403)
    in_review.refresh_from_db()
    assert in_review.workflow_in_progress and not in_review.live
    assert ACTION not in client.get(edit_url(in_review)).content.decode()


def picture(name="barrier.png"):
    data = io.BytesIO()
    PILImage.new("RGB", (64, 48), "steelblue").save(data, "PNG")
    return SimpleUploadedFile(name, data.getvalue(), content_type="image/png")


def test_a_reporter_uploads_the_lead_picture_from_the_form(client, site_tree, reporter):
    client.force_login(reporter)
    data = article_form(
        title="Barrier holds", slug="barrier-holds", topic=site_tree["topics"]["Sport"]
    )
    data.update(lead_image_alt="A steel barrier", lead_image_file=picture())
    assert client.post(add_url(site_tree["news"]), data).status_code == 302
    image = ArticlePage.objects.get(slug="barrier-holds").lead_image
    assert image.title == "barrier" and image.uploaded_by_user == reporter


def test_the_uploaded_picture_stays_chosen_when_the_form_comes_back(client, site_tree, reporter):
    client.force_login(reporter)
    data = article_form(title="No topic yet", slug="no-topic-yet", topic=None)
    data.update(lead_image_alt="", lead_image_file=picture(), **{"action-submit": "1"})
    response = client.post(add_url(site_tree["news"]), data)
    assert response.status_code == 200
    image = get_image_model().objects.get()
    assert f'value="{image.pk}"' in response.content.decode()  # chosen, not to upload again
    assert "Describe the lead image" in response.content.decode()


def test_a_file_that_is_no_picture_is_refused_with_the_form_filled(client, site_tree, reporter):
    client.force_login(reporter)
    data = article_form(title="Bad file", slug="bad-file", topic=site_tree["topics"]["Sport"])
    data["lead_image_file"] = SimpleUploadedFile("notes.png", b"not a picture")
    response = client.post(add_url(site_tree["news"]), data)
    assert response.status_code == 200 and 'value="Bad file"' in response.content.decode()
    assert not get_image_model().objects.exists()
    assert not ArticlePage.objects.filter(slug="bad-file").exists()


def test_a_new_article_opens_on_an_empty_paragraph(client, site_tree, reporter):
    client.force_login(reporter)
    html = client.get(add_url(site_tree["news"])).content.decode()
    assert "&quot;type&quot;: &quot;paragraph&quot;" in html or '"type": "paragraph"' in html


def test_submit_for_review_is_the_reporters_main_button_not_the_editors(
    client, site_tree, reporter, editor
):
    client.force_login(reporter)
    footer = client.get(add_url(site_tree["news"])).content.decode().split("<footer")[-1]
    assert footer.index('name="action-submit"') < footer.index("w-dropdown__toggle")
    client.force_login(editor)
    footer = client.get(add_url(site_tree["news"])).content.decode().split("<footer")[-1]
    assert footer.index('name="action-publish"') < footer.index('name="action-submit"')


def test_the_list_searches_headlines(client, make_article, editor):
    make_article("Dnipro barrier holds")
    make_article("Cup final tonight", standfirst="Not about the Dnipro")
    client.force_login(editor)
    pages = client.get("/admin/articles/?q=dnipro").context["pages"]
    assert [page.title for page in pages] == ["Dnipro barrier holds"]


def test_the_dashboard_shows_a_new_reporter_the_desk_without_a_page_count(
    client, site_tree, reporter
):
    client.force_login(reporter)
    html = client.get("/admin/").content.decode()
    assert "newsroom-desk-section" in html and "New article" in html
    assert "site_summary_pages" not in html and "Pages</span>" not in html


def account_form(client, **byline):
    """The account page's forms as the browser sends them back, with the byline changed."""
    form = client.get("/admin/account/").context["panels_by_tab"]
    data = {}
    for panels in form.values():
        for panel in panels:
            bound = panel.get_form()
            for field in bound:
                if isinstance(field.field, forms.FileField):
                    continue  # no new avatar
                value = field.value()
                if value is not None and not isinstance(value, list):
                    data[field.html_name] = value
    data.update({f"byline-{name}": value for name, value in byline.items()})
    return data


def test_a_reporter_edits_their_own_byline_on_the_account_page(client, reporter):
    reporter.first_name, reporter.last_name = "Mariia", "Reporter"  # the account form wants them
    reporter.save()
    client.force_login(reporter)
    response = client.post("/admin/account/", account_form(client, bio="Covers the Dnipro."))
    assert response.status_code == 302, [
        (panel.name, panel.get_form().errors)
        for panels in response.context["panels_by_tab"].values()
        for panel in panels
    ]
    assert Author.for_user(reporter).bio == "Covers the Dnipro."


def test_a_reporter_cannot_edit_someone_elses_byline(client, reporter, editor):
    other = Author.for_user(editor)
    client.force_login(reporter)
    url = reverse("wagtailsnippets_newsroom_author:edit", args=[other.pk])
    client.post(url, {"name": "Changed", "slug": other.slug, "bio": "Hijacked"})
    other.refresh_from_db()
    assert other.bio == "" and other.name != "Changed"


def test_a_moderator_has_no_byline_panel(client, moderator):
    client.force_login(moderator)
    assert "Your byline" not in client.get("/admin/account/").content.decode()
