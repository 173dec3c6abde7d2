from django.urls import path

from live import feeds, views

urlpatterns = [
    path("live/<row_id:page_id>/since/<row_id:cursor>/", views.since, name="live-since"),
    path("feeds/live/<slug:slug>/rss/", feeds.LiveEntriesFeed(), name="live-feed-rss"),
    path("feeds/live/<slug:slug>/atom/", feeds.AtomLiveEntriesFeed(), name="live-feed-atom"),
]
