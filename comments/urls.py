from django.urls import path

from comments import views

app_name = "comments"
urlpatterns = [
    path("post/", views.post_comment, name="post"),
    path("reply/<row_id:pk>/", views.reply, name="reply"),
    path("posted/<str:token>/", views.posted, name="posted"),
    path("article/<row_id:article_id>/page/<int:page>/", views.article_page, name="page"),
]
