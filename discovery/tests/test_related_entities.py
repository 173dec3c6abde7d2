"""Related lists use what articles are about (entities.Mention, weighed by salience) and put an
editor's hand-picked articles first."""

import pytest
from wagtail.test.utils.form_data import inline_formset

from discovery.related import compute_all, refresh
from entities.models import Entity, Mention
from newsroom.models import RelatedPick
from newsroom.tests.admin_forms import article_form, edit_url

pytestmark = pytest.mark.django_db

SHARED = "The council met on Tuesday to discuss the plan for the harbour."


def body(text):
    return [("paragraph", f"<p>{text} {SHARED}</p>")]


@pytest.fixture
def trio(make_article):
    """Three articles equally alike in words; two are about the same person."""
    return {
        name: make_article(f"{name} report", topic="Sport", body=body(words))
        for name, words in [
            ("Alpha", "Orchards bloom early."),
            ("Beta", "Glaciers retreat slowly."),
            ("Gamma", "Violins tuned carefully."),
        ]
    }


def related_titles(article):
    return [a.title for a in article.related_articles()]


def test_articles_about_the_same_person_rank_first(trio):
    mayor = Entity.objects.create(
        name="Anna Lindqvist", slug="anna-lindqvist", kind=Entity.Kind.PERSON
    )
    Mention.objects.create(article=trio["Alpha"], entity=mayor, salience=0.9)
    Mention.objects.create(article=trio["Gamma"], entity=mayor, salience=0.8)
    compute_all()
    assert related_titles(trio["Alpha"])[0] == "Gamma report"
    assert related_titles(trio["Gamma"])[0] == "Alpha report"


def test_a_city_counts_for_its_country_and_a_rejected_mention_for_nothing(trio):
    lviv = Entity.objects.create(name="Lviv", slug="lviv", kind=Entity.Kind.PLACE, iso_code="UA")
    kyiv = Entity.objects.create(name="Kyiv", slug="kyiv", kind=Entity.Kind.PLACE, iso_code="UA")
    Mention.objects.create(article=trio["Alpha"], entity=lviv, salience=1.0)
    Mention.objects.create(article=trio["Beta"], entity=kyiv, salience=1.0)
    Mention.objects.create(
        article=trio["Gamma"], entity=lviv, salience=1.0, status=Mention.Status.REJECTED
    )
    compute_all()
    assert related_titles(trio["Alpha"])[0] == "Beta report"


def test_places_in_one_region_bring_their_articles_closer(trio):
    """Baghdad and Tehran share no country but the Middle East; Warsaw is elsewhere."""
    cities = {"Alpha": ("Baghdad", "IQ"), "Beta": ("Warsaw", "PL"), "Gamma": ("Tehran", "IR")}
    for name, (city, iso) in cities.items():
        place = Entity.objects.create(name=city, slug=city.lower(), kind="place", iso_code=iso)
        Mention.objects.create(article=trio[name], entity=place, salience=1.0)
    compute_all()
    assert related_titles(trio["Alpha"])[0] == "Gamma report"  # not the first made, Beta
    assert related_titles(trio["Gamma"])[0] == "Alpha report"


def test_an_editors_picks_come_first_in_their_order(trio, make_article):
    cricket = make_article("Cricket final", topic="Politics and Elections")
    draft = make_article("Unpublished draft", live=False)
    RelatedPick.objects.create(article=trio["Alpha"], page=cricket, sort_order=0)
    RelatedPick.objects.create(article=trio["Alpha"], page=draft, sort_order=1)
    RelatedPick.objects.create(article=trio["Alpha"], page=trio["Gamma"], sort_order=2)
    compute_all()
    assert related_titles(trio["Alpha"])[:3] == ["Cricket final", "Gamma report", "Beta report"]
    refresh(trio["Alpha"].pk)  # the publish task keeps them first too
    assert related_titles(trio["Alpha"])[:2] == ["Cricket final", "Gamma report"]


def test_an_editor_picks_a_related_article_in_the_form(
    client, editor, trio, make_article, site_tree, django_capture_on_commit_callbacks
):
    cricket = make_article("Cricket final")
    compute_all()
    client.force_login(editor)
    data = article_form(
        title="Alpha report",
        slug=trio["Alpha"].slug,
        topic=site_tree["topics"]["Sport"],
        related_picks=inline_formset([{"page": cricket.pk}]),
        **{"action-publish": "1"},
    )
    with django_capture_on_commit_callbacks(execute=True):  # the publish task runs
        assert client.post(edit_url(trio["Alpha"]), data).status_code == 302
    assert related_titles(trio["Alpha"])[0] == "Cricket final"
