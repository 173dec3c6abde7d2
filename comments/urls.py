from django.urls import path, register_converter
from django.urls.converters import IntConverter

from comments import views


class RowId(IntConverter):
    """At most 18 digits: a longer number is no row's id, and SQLite cannot even compare it."""

    regex = "[0-9]{1,18}"


register_converter(RowId, "row_id")

app_name = "comments"
urlpatterns = [
    path("post/", views.post_comment, name="post"),
    path("reply/<row_id:pk>/", views.reply, name="reply"),
    path("posted/<str:token>/", views.posted, name="posted"),
    path("article/<row_id:article_id>/page/<int:page>/", views.article_page, name="page"),
]
