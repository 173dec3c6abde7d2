from django.urls import path
from django.views.generic import TemplateView

from following import views

app_name = "following"
urlpatterns = [
    path("", views.follow, name="follow"),
    path(
        "check-your-inbox/",
        TemplateView.as_view(template_name="following/check_inbox.html"),
        name="check_inbox",
    ),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
