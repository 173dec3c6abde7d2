from datetime import UTC, datetime

from newsroom.models import TopicPage


def rail_titles():
    return [topic.title for topic, _ in TopicPage.objects.published().with_latest_articles()]


def test_the_story_lines_that_moved_last_come_first(make_article, site_tree):
    make_article(
        "An old archive story", topic="Sport", published_at=datetime(2009, 5, 1, tzinfo=UTC)
    )
    make_article(
        "This week's story",
        topic="Science and Space",
        published_at=datetime(2022, 3, 2, tzinfo=UTC),
    )
    make_article(
        "Last month's story",
        topic="Politics and Elections",
        published_at=datetime(2022, 2, 1, tzinfo=UTC),
    )

    assert rail_titles() == ["Science and Space", "Politics and Elections", "Sport"]


def test_topics_without_published_articles_get_no_rail(make_article, site_tree):
    make_article("A draft", topic="Sport", live=False)
    make_article("Published", topic="Science and Space")

    assert rail_titles() == ["Science and Space"]
