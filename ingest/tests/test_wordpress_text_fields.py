"""Titles, names, excerpts and dates arrive as readers should see them, whatever spelling of
them the export has (entities, tags, no GMT date, no title, old WXR 1.0 term domains)."""

from datetime import UTC, datetime

from ingest.models import WordPressItem
from ingest.tests.wordpress import OLD, export, item, meta, run
from newsroom.models import ArticlePage, TopicPage


def article(wp_id):
    row = WordPressItem.objects.get(kind="post", wp_id=wp_id)
    return ArticlePage.objects.get(pk=row.object_id)


CATEGORY = (
    "<wp:category><wp:term_id>7</wp:term_id><wp:category_nicename>arts</wp:category_nicename>"
    "<wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Arts &amp; Culture]]>"
    "</wp:cat_name><wp:category_description><![CDATA[<p>Books &amp; films</p>]]>"
    "</wp:category_description></wp:category>"
)


def test_it_decodes_entities_and_drops_tags_in_titles_names_and_excerpts(db, tmp_path):
    path = export(
        tmp_path,
        item(
            1,
            title="Tom &amp; Jerry&#8217;s <em>best</em> day",
            excerpt="<p>A cat &amp; a mouse.</p>",
            extra='<category domain="category" nicename="arts"><![CDATA[Arts &amp; Culture]]>'
            "</category>",
        ),
        channel=CATEGORY,
    )
    run(path)
    page = article("1")
    assert page.title == "Tom & Jerry’s best day"
    assert page.standfirst == "A cat & a mouse."
    topic = TopicPage.objects.get(pk=page.topic_id)
    assert (topic.title, topic.description) == ("Arts & Culture", "Books & films")


def test_it_dates_a_post_with_no_gmt_date_from_its_pubdate_or_local_date(db, tmp_path):
    path = export(
        tmp_path,
        item(1, post_date_gmt="0000-00-00 00:00:00", pubDate="Wed, 20 Oct 2010 14:08:20 +0200"),
        item(2, post_date_gmt=None, post_date="2011-05-06 07:08:09"),
    )
    report = run(path)
    assert article("1").published_at == datetime(2010, 10, 20, 12, 8, 20, tzinfo=UTC)
    assert article("2").published_at == datetime(2011, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert report.notes["no GMT date: the local post_date taken as GMT"] == ["2"]


def test_it_keeps_a_draft_undated(db, tmp_path):
    path = export(tmp_path, item(1, status="draft", post_date_gmt="0000-00-00 00:00:00"))
    run(path)
    page = article("1")
    assert page.published_at is None and not page.live


def test_it_heads_an_untitled_post_with_its_first_words(db, tmp_path):
    words = "Short status update from the <b>newsroom</b> about tonight's count and the turnout"
    run(export(tmp_path, item(1, f"<p>{words}</p>", title="")))
    assert article("1").title == "Short status update from the newsroom about tonight's count and…"


def test_it_reads_old_tag_domains_and_terms_without_slugs(db, tmp_path):
    terms = (
        '<category domain="tag"><![CDATA[Elections]]></category>'
        '<category domain="tag" nicename="vote-count"><![CDATA[Vote count]]></category>'
        "<category><![CDATA[Uncategorized]]></category>"
    )
    run(export(tmp_path, item(1, extra=terms), version="1.0"))
    assert sorted(article("1").tags.names()) == ["Elections", "Vote count"]


def test_it_skips_an_item_with_no_id_and_says_why(db, tmp_path):
    report = run(export(tmp_path, item(1).replace("<wp:post_id>1</wp:post_id>", "")))
    assert report.counts["posts"]["skipped"] == 1
    assert "no <wp:post_id>" in report.skips["posts"][0]["reason"]


def test_it_names_a_co_authors_plus_guest_author_as_shown(db, tmp_path):
    term = (
        "<wp:term><wp:term_id>9</wp:term_id><wp:term_taxonomy>author</wp:term_taxonomy>"
        "<wp:term_slug>cap-jane-guest</wp:term_slug><wp:term_name>jane-guest</wp:term_name>"
        "</wp:term>"
    )
    byline = '<category domain="author" nicename="cap-jane-guest"><![CDATA[jane-guest]]></category>'
    guest = item(3, "", post_type="guest-author", title="Jane Guest", post_name="cap-jane-guest")
    report = run(export(tmp_path, item(1, extra=byline), guest, channel=term))
    assert [author.name for author in article("1").authors] == ["Jane Guest"]
    assert report.accounted("other items") and report.accounted("other terms")


def test_it_keeps_yoasts_written_out_seo_title_and_description(db, tmp_path):
    extra = meta("_yoast_wpseo_title", "%%title%% %%sep%% %%sitename%%") + meta(
        "_yoast_wpseo_metadesc", "Results &amp; turnout, ward by ward."
    )
    run(export(tmp_path, item(1, extra=extra)))
    page = article("1")
    assert (page.seo_title, page.search_description) == ("", "Results & turnout, ward by ward.")


def test_a_post_in_another_script_keeps_its_own_address_words(db, client, tmp_path):
    """A Ukrainian site's post slug is percent-encoded Cyrillic in the export; it stays Cyrillic
    (Wagtail allows Unicode slugs), not "article", "article-2"... for every such post."""
    encoded = "%d0%b2%d0%b8%d0%b1%d0%be%d1%80%d0%b8-%d1%83-%d0%ba%d0%b8%d1%94%d0%b2%d1%96"
    path = export(
        tmp_path,
        item(1, title="Вибори у Києві", post_name=encoded, link=f"{OLD}/2020/01/02/{encoded}/"),
        item(2, title="Новини дня", post_name=None, link=f"{OLD}/?p=2"),
    )
    run(path)
    assert article("1").slug == "вибори-у-києві"
    assert article("2").slug == "новини-дня"
    page = article("1")
    assert client.get(page.url).status_code == 200
    response = client.get(f"/2020/01/02/{encoded}/")
    assert response.status_code == 301
    assert client.get(response.headers["Location"]).status_code == 200
