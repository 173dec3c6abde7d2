"""The desk's flat article list: who may open it, what each filter keeps, and what it costs."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Task

from newsroom.models import ArticleAuthor, Author

pytestmark = pytest.mark.django_db
LIST = "/admin/articles/"
PERSONAS = ["reporter", "editor", "administrator"]


def rows(response):
    return {page.title for page in response.context["pages"]}


@pytest.fixture
def desk(make_article, reporter, editor):
    """A live story, a reporter's draft, one in review, one sent back with changes requested."""
    live = make_article("Live story", topic="Sport")
    live.tags.add("Kyiv")
    live.save()
    ArticleAuthor.objects.create(article=live, author=Author.objects.create(name="Olena"))
    draft = make_article("Plain draft", live=False, owner=reporter)
    in_review = make_article("Story in review", live=False, owner=reporter)
    rejected = make_article("Story sent back", live=False, owner=reporter)
    workflow = in_review.get_workflow()
    for page in (in_review, rejected):
        page.save_revision(user=reporter)
        workflow.start(page, reporter)
    task = Task.objects.get(name="Editorial review").specific
    rejected.refresh_from_db()
    task.on_action(rejected.current_workflow_task_state, editor, "reject")
    return {"live": live, "draft": draft, "in_review": in_review, "rejected": rejected}


@pytest.mark.parametrize("persona", PERSONAS)
def test_it_opens_for_every_writing_role(client, desk, persona, request):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(LIST)
    assert response.status_code == 200
    assert "Live story" in rows(response)


def test_it_is_closed_to_moderators_and_readers(client, desk, moderator, reader):
    client.force_login(moderator)
    assert client.get(LIST).status_code in (302, 403)
    client.force_login(reader)
    assert client.get(LIST).status_code in (302, 403)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=live", {"Live story"}),
        ("status=draft", {"Plain draft"}),
        ("status=in_review", {"Story in review"}),
        ("status=changes_requested", {"Story sent back"}),
        ("status=unpublished", set()),
        ("status=scheduled", set()),
        ("tag=kyiv", {"Live story"}),
        ("q=sent+back", {"Story sent back"}),
        ("published_at_from=2022-03-01&published_at_to=2022-03-02", {"Live story"}),
    ],
)
def test_each_filter_keeps_what_it_names(client, desk, editor, query, expected):
    client.force_login(editor)
    assert rows(client.get(f"{LIST}?{query}")) == expected


def test_it_filters_by_topic_author_and_workflow_step(client, desk, editor, site_tree):
    client.force_login(editor)
    sport = site_tree["topics"]["Sport"]
    olena = Author.objects.get(name="Olena")
    step = Task.objects.get(name="Editorial review")
    assert rows(client.get(f"{LIST}?topic={sport.pk}")) == {"Live story"}
    assert rows(client.get(f"{LIST}?author={olena.pk}")) == {"Live story"}
    assert rows(client.get(f"{LIST}?workflow_step={step.pk}")) == {"Story in review"}


def test_it_lists_newest_first_and_sorts_by_publication(client, make_article, editor):
    for day in (1, 3, 2):
        make_article(f"Day {day}", published_at=datetime(2024, 1, day, tzinfo=UTC))
    client.force_login(editor)
    by_published = [p.title for p in client.get(f"{LIST}?ordering=-published_at").context["pages"]]
    assert by_published == ["Day 3", "Day 2", "Day 1"]


def test_bad_query_strings_get_the_list_not_an_error(client, desk, editor):
    client.force_login(editor)
    for query in ("page=abc", "status=nope", "topic=x", "ordering=-nothing", "author=99999999"):
        assert client.get(f"{LIST}?{query}").status_code == 200, query


def test_a_new_article_button_leads_to_the_form_under_news(client, desk, reporter, site_tree):
    client.force_login(reporter)
    add = f"/admin/pages/add/newsroom/articlepage/{site_tree['news'].pk}/"
    assert add in client.get(LIST).content.decode()
    assert client.get(add).status_code == 200


def test_each_row_has_a_more_menu_to_edit_view_and_see_history(client, desk, editor):
    client.force_login(editor)
    html = client.get(LIST).content.decode()
    live, draft = desk["live"], desk["draft"]
    assert "More options for 'Live story'" in html
    for url in (
        f"/admin/pages/{live.pk}/edit/",
        f"/admin/pages/{live.pk}/history/",
        f"/admin/pages/{draft.pk}/history/",
        f'href="{live.url}"',
    ):
        assert url in html, url
    assert client.get(f"/admin/pages/{live.pk}/history/").status_code == 200
    assert draft.url is None or f'href="{draft.url}"' not in html  # a draft has no live page


def count_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST).status_code == 200
    return len(queries)


def test_its_query_count_does_not_grow_with_the_rows(client, make_article, editor):
    olena = Author.objects.create(name="Olena")

    def add(count):
        for n in range(count):
            article = make_article(topic="Sport" if n % 2 else "World")
            article.tags.add("Kyiv")
            article.save()
            ArticleAuthor.objects.create(article=article, author=olena)

    add(2)
    client.force_login(editor)
    client.get(LIST)  # warm per-process caches, as a running site has them
    few = count_queries(client)
    add(12)
    assert count_queries(client) == few
