"""Reader pages of people, organisations and places: who they are, what they said, the
articles about them. Anonymous and the same for everyone, so the page cache keeps them."""

from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from entities.models import Entity
from newsroom.listing import paginate

PLURALS = {
    Entity.Kind.PERSON: "People",
    Entity.Kind.ORGANISATION: "Organisations",
    Entity.Kind.PLACE: "Places",
}


def entity_page(request, slug, kind):
    entity = get_object_or_404(Entity, slug=slug, kind=kind)
    quotes = paginate(request, entity.public_quotes(), per_page=20)
    articles = paginate(request, entity.articles().for_listing().newest_first(), per_page=20)
    longer = max(quotes, articles, key=lambda page: page.paginator.num_pages)
    return render(
        request,
        "entities/entity_page.html",
        {"entity": entity, "quotes": quotes, "articles": articles, "pages": longer},
    )


def index(request, kind):
    """Everyone of a kind with a page, most written about first."""
    entities = (
        Entity.objects.public()
        .filter(kind=kind)
        .annotate(count=Count("mentions", distinct=True))
        .order_by("-count", "name")
    )
    return render(
        request,
        "entities/index.html",
        {"entities": paginate(request, entities, 100), "heading": PLURALS[kind], "kind": kind},
    )
