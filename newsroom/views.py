from django.shortcuts import get_object_or_404, render

from newsroom.listing import paginate
from newsroom.models import Author


def author(request, slug):
    person = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    articles = paginate(request, person.published_articles().for_listing().newest_first(), per_page=20)
    return render(request, "newsroom/author_page.html", {"author": person, "articles": articles})
