"""Bad input in the editor gets a clear message on the field, and nothing already saved is lost."""

import pytest

from newsroom.models import ArticlePage
from newsroom.tests.admin_forms import add_url, article_form, edit_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("../../etc/passwd", "cannot contain"),
        ("news%2f..", "cannot contain"),
        ("аdmin", "look-alike"),  # the first letter is Cyrillic
        ("café", "look-alike"),
        ("admin", "reserved"),
        ("api", "reserved"),
        ("static", "reserved"),
        ("media", "reserved"),
        ("feeds", "reserved"),
        ("search", "reserved"),
        ("Upper_Case", "lower-case letters"),
    ],
)
def test_it_refuses_unsafe_slugs_with_a_clear_message(editor_client, site_tree, slug, message):
    topic = site_tree["topics"]["Sport"]
    response = editor_client.post(
        add_url(site_tree["news"]), article_form(slug=slug, topic=topic, **{"action-publish": "1"})
    )
    assert response.status_code == 200  # the form again, not a 500 and not a redirect
    errors = response.context["form"].errors
    assert message in " ".join(errors.get("slug", [])), errors
    assert not ArticlePage.objects.filter(title="A story").exists()


def test_a_plain_slug_is_accepted(editor_client, site_tree):
    topic = site_tree["topics"]["Sport"]
    response = editor_client.post(
        add_url(site_tree["news"]),
        article_form(slug="cup-final-2026", topic=topic, **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    assert ArticlePage.objects.get(slug="cup-final-2026").live


def test_a_draft_may_be_incomplete(editor_client, site_tree):
    response = editor_client.post(
        add_url(site_tree["news"]), article_form(title="Half-written", slug="half-written", body="")
    )
    assert response.status_code == 302
    draft = ArticlePage.objects.get(slug="half-written")
    assert not draft.live and draft.topic is None


def test_publishing_without_topic_body_or_alt_text_says_what_is_missing(editor_client, site_tree):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Kyiv", file=get_test_image_file())
    draft_data = article_form(title="Kept draft", slug="kept-draft", body="First paragraph, saved.")
    assert editor_client.post(add_url(site_tree["news"]), draft_data).status_code == 302
    draft = ArticlePage.objects.get(slug="kept-draft")
    revisions_before = draft.revisions.count()

    response = editor_client.post(
        edit_url(draft),
        article_form(
            title="Kept draft",
            slug="kept-draft",
            body="",
            lead_image=image.pk,
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Choose a topic" in errors["topic"][0]
    # Wagtail's StreamField reports an empty body itself, on the body field.
    assert "required" in str(errors["body"].as_data()[0].non_block_errors)
    assert "Describe the lead image" in errors["lead_image_alt"][0]
    html = response.content.decode()
    assert "The page could not be saved due to validation errors" in html or "could not be" in html
    draft.refresh_from_db()
    assert not draft.live
    assert draft.revisions.count() == revisions_before
    assert "First paragraph, saved." in str(draft.get_latest_revision_as_object().body)


def test_a_reporter_submitting_an_incomplete_article_is_told_too(client, reporter, site_tree):
    client.force_login(reporter)
    response = client.post(
        add_url(site_tree["news"]), article_form(slug="no-topic", **{"action-submit": "1"})
    )
    assert response.status_code == 200
    assert "Choose a topic" in response.context["form"].errors["topic"][0]


def test_an_imported_article_keeps_its_unicode_slug_when_edited(
    editor_client, site_tree, make_article
):
    """The WordPress import keeps a Cyrillic post's slug (its old address named it so); the
    form refuses such a slug only when an editor types it."""
    article = make_article("Вибори у Києві", topic="Sport")
    assert article.slug == "вибори-у-києві"
    response = editor_client.post(
        edit_url(article),
        article_form(
            title=article.title,
            slug=article.slug,
            topic=article.topic,
            body="Corrected text.",
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    article.refresh_from_db()
    assert article.slug == "вибори-у-києві" and "Corrected text." in str(article.body)


def test_a_unicode_slug_typed_over_an_old_one_is_refused(editor_client, site_tree, make_article):
    article = make_article("Cup final", topic="Sport")
    response = editor_client.post(
        edit_url(article),
        article_form(slug="сup-final", topic=article.topic, **{"action-publish": "1"}),
    )
    assert "look-alike" in " ".join(response.context["form"].errors["slug"])


def test_every_address_of_the_sites_own_is_a_reserved_slug():
    """A page named like one of the URLconf's own first segments (/tags/, /people/) would never
    be reached: Wagtail's page tree answers only what the URLconf leaves."""
    from django.urls import URLResolver, get_resolver

    from newsroom.slugs import RESERVED, SLUG

    def first_segments(patterns):
        for pattern in patterns:
            route = str(pattern.pattern).lstrip("^")
            if isinstance(pattern, URLResolver) and route == "":
                yield from first_segments(pattern.url_patterns)
            else:
                yield route.split("/")[0]

    own = {word for word in first_segments(get_resolver().url_patterns) if SLUG.fullmatch(word)}
    assert own and own <= RESERVED, own - RESERVED
