"""Everything machines read: feeds, sitemaps, robots.txt and the JSON API."""

from django.urls import path

from syndication import feeds, views
from syndication.api import api


def feed_pair(prefix, feed_class, name):
    """/feeds/<prefix>rss/ and /feeds/<prefix>atom/, named '<name>-rss' and '<name>-atom'."""
    return [
        path(f"feeds/{prefix}rss/", feed_class(), name=f"{name}-rss"),
        path(f"feeds/{prefix}atom/", feeds.atom(feed_class)(), name=f"{name}-atom"),
    ]


urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap-index"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap-section"),
    path("api/v1/", api.urls),
    *feed_pair("", feeds.SiteFeed, "feed"),
    *feed_pair("topics/<slug:slug>/", feeds.TopicFeed, "topic-feed"),
    *feed_pair("tags/<uslug:slug>/", feeds.TagFeed, "tag-feed"),
    *feed_pair("authors/<slug:slug>/", feeds.AuthorFeed, "author-feed"),
    *feed_pair("entities/<uslug:slug>/", feeds.EntityFeed, "entity-feed"),
]
