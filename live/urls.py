from django.urls import path

from live import feeds, views

urlpatterns = [
    path("live/<int:page_id>/since/<int:cursor>/", views.since, name="live-since"),
    path("feeds/live/<slug:slug>/rss/", feeds.LiveEntriesFeed(), name="live-feed-rss"),
    path("feeds/live/<slug:slug>/atom/", feeds.AtomLiveEntriesFeed(), name="live-feed-atom"),
]
