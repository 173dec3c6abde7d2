"""/people/, /organisations/, /places/ and a page for each."""

from django.urls import path

from entities import views
from entities.models import Entity

app_name = "entities"

SECTIONS = {
    Entity.Kind.PERSON: "people",
    Entity.Kind.ORGANISATION: "organisations",
    Entity.Kind.PLACE: "places",
}

urlpatterns = [
    route
    for kind, section in SECTIONS.items()
    for route in (
        path(f"{section}/", views.index, {"kind": kind}, name=f"{kind}-index"),
        path(f"{section}/<uslug:slug>/", views.entity_page, {"kind": kind}, name=kind),
    )
]
