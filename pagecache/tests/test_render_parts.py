"""A re-render reuses what is shared (the article, its head, its comments, the ticker, the
Site and the private sections) and still never shows anything out of date."""

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from newsroom.models import Licence, TopicPage
from newsroom.tests.admin_forms import article_form
from pagecache import store

pytestmark = pytest.mark.django_db


def expire(path):
    """The page's cache entry is gone (its time ran out); nothing was purged."""
    cache.delete(store.ENTRY + path + "?")
    store._local.clear()


def test_a_re_render_of_an_expired_article_reuses_every_fragment_and_gives_the_same_page(
    client, seed_article
):
    path = seed_article.url
    first = client.get(path)
    assert first["X-Cache"] == "MISS"
    expire(path)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(path)
    assert again["X-Cache"] == "MISS"
    assert again.content == first.content
    # Nothing asks the database: the page the address routes to (pagecache.routing), the site's
    # name, the private sections, the masthead's topics and every fragment are cached.
    assert len(queries) == 0, [q["sql"][:120] for q in queries.captured_queries]


def test_a_licence_change_shows_on_its_articles_at_once(
    client, make_article, django_capture_on_commit_callbacks
):
    licence = Licence.objects.create(
        name="Wikinews", credit_template="From {link}, licensed CC BY 2.5."
    )
    article = make_article(
        "Floods close the border crossing",
        licence=licence,
        source_url="https://en.wikinews.org/wiki/Floods",
    )
    path = article.url
    assert (
        "From <a" in client.get(path).content.decode()
    )  # the article is cached, as is the row it came from
    licence.credit_template = "Credit line: from {link}."
    with django_capture_on_commit_callbacks(execute=True):
        licence.save()
    assert "Credit line: from" in client.get(path).content.decode()


def test_a_preview_shows_the_draft_not_the_cached_article(client, editor, make_article, site_tree):
    article = make_article("Published headline", body=[("paragraph", "<p>Published body.</p>")])
    article.save_revision().publish()
    assert "Published body." in client.get(article.url).content.decode()  # fragments now cached
    client.force_login(editor)
    preview_url = f"/admin/pages/{article.pk}/edit/preview/"
    data = article_form(
        title="Draft headline", slug=article.slug, topic=site_tree["topics"]["Sport"]
    )
    assert client.post(preview_url, data).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    assert "Draft headline" in html and "Published headline" not in html


def test_the_ticker_leaves_every_page_when_the_breaking_period_ends(client, make_article):
    now = timezone.now()
    make_article("Dam breach floods Kherson", breaking_until=now + timedelta(minutes=10))
    reader_lands_on = make_article("Grain corridor talks resume")
    assert "Dam breach floods Kherson" in client.get(reader_lands_on.url).content.decode()
    with time_machine.travel(now + timedelta(minutes=11), tick=False):
        expire(reader_lands_on.url)  # the page's freshness ended at the same moment
        assert "Dam breach floods Kherson" not in client.get(reader_lands_on.url).content.decode()


def test_a_new_site_name_and_a_new_home_lead_show_at_once(
    client, make_article, site_tree, django_capture_on_commit_callbacks
):
    lead = make_article("Editors pick this one", published_at=timezone.now() - timedelta(days=30))
    make_article("Latest story", published_at=timezone.now())
    assert "Global WindowNews" in client.get("/").content.decode()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Renamed News"
    home = site_tree["home"]
    home.lead_article = lead
    with django_capture_on_commit_callbacks(execute=True):
        site.save()
        home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Renamed News" in html
    assert html.index("Editors pick this one") < html.index("Latest story")


def test_moving_an_article_to_another_topic_purges_the_topic_it_left(
    client, make_article, site_tree, django_capture_on_commit_callbacks
):
    article = make_article("Ceasefire monitors arrive", topic="Russia-Ukraine War")
    article.save_revision().publish()
    old_topic, new_topic = (
        site_tree["topics"]["Russia-Ukraine War"],
        site_tree["topics"]["Politics and Elections"],
    )
    client.get(old_topic.url)
    assert client.get(old_topic.url)["X-Cache"] == "HIT"
    assert "Ceasefire monitors arrive" in client.get(old_topic.url).content.decode()
    article.topic = new_topic
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert "Ceasefire monitors arrive" not in client.get(old_topic.url).content.decode()
    assert "Ceasefire monitors arrive" in client.get(new_topic.url).content.decode()


def test_a_private_section_is_private_at_once_and_public_again_at_once(
    client, make_article, site_tree
):
    article = make_article("Members-only briefing")
    assert client.get(article.url).status_code == 200
    assert "Members-only briefing" in client.get("/").content.decode()
    restriction = PageViewRestriction.objects.create(
        page=site_tree["news"], restriction_type=PageViewRestriction.LOGIN
    )
    cache.delete_many(
        [store.ENTRY + "/?", store.ENTRY + article.url + "?"]
    )  # the pages a purge would drop
    store._local.clear()
    assert client.get(article.url).status_code == 302  # to the login page
    assert "Members-only briefing" not in client.get("/").content.decode()
    restriction.delete()
    cache.delete_many([store.ENTRY + "/?", store.ENTRY + article.url + "?"])
    store._local.clear()
    assert client.get(article.url).status_code == 200
    assert "Members-only briefing" in client.get("/").content.decode()


def test_with_shared_parts_turned_off_every_render_builds_everything(
    client, seed_article, settings
):
    settings.PAGECACHE_FRAGMENT_SECONDS = 0
    path = seed_article.url
    # One moment for both renders: the comment form's stamp says when the page was rendered.
    with time_machine.travel(timezone.now(), tick=False):
        first = client.get(path)
        expire(path)
        with CaptureQueriesContext(connection) as queries:
            again = client.get(path)
    assert again.content == first.content
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    for table in (
        "newsroom_articlepage",
        "newsroom_articletag",
        "newsroom_topicpage",
        "comments_comment",
        "discovery_relatedarticle",
    ):
        assert table in tables, table


def test_a_new_topic_shows_in_every_page_s_section_bar_at_once(
    client, make_article, site_tree, django_capture_on_commit_callbacks
):
    article = make_article("Harbour reopens after the storm")
    client.get(article.url)
    assert client.get(article.url)["X-Cache"] == "HIT"
    topic = TopicPage(title="Space and Science", slug="space-and-science", live=False)
    site_tree["topics_index"].add_child(instance=topic)
    with django_capture_on_commit_callbacks(execute=True):
        topic.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert f'<a href="{topic.url}">Space and Science</a>' in html


def test_a_deleted_article_is_gone_at_once_though_its_row_was_cached(
    client, make_article, django_capture_on_commit_callbacks
):
    article = make_article("Dam inspection report")
    path = article.url
    assert client.get(path).status_code == 200
    expire(path)
    assert client.get(path).status_code == 200  # served from the cached row
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert client.get(path).status_code == 404


def served_from_kept_route(client, path):
    """The page, rendered again after its entry expired: routed from the page kept for it."""
    client.get(path)
    expire(path)
    return client.get(path)


def test_a_republished_article_shows_its_new_headline_though_its_route_was_kept(
    client, make_article, django_capture_on_commit_callbacks
):
    article = make_article("Bridge reopens to lorries")
    html = served_from_kept_route(client, article.url).content.decode()
    assert "<title>Bridge reopens to lorries" in html
    article.title = "Bridge reopens to all traffic"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    # The <title> is outside every fragment: it comes from the page routing found.
    assert "<title>Bridge reopens to all traffic" in client.get(article.url).content.decode()


def test_an_unpublished_article_is_gone_at_once_though_its_route_was_kept(
    client, make_article, django_capture_on_commit_callbacks
):
    article = make_article("Port strike talks collapse")
    assert served_from_kept_route(client, article.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_page_rendered_again_to_the_same_bytes_keeps_its_validators(client, seed_article):
    """After its entry expired, a page that renders to the same bytes is the same page: the
    same ETag and Last-Modified (browsers and the CDN keep their copies), compressed once."""
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        first = client.get(seed_article.url)
    with time_machine.travel(start + timedelta(minutes=6), tick=False):
        again = client.get(seed_article.url)
    assert again["X-Cache"] == "MISS" and again.content == first.content
    assert (again["ETag"], again["Last-Modified"]) == (first["ETag"], first["Last-Modified"])
