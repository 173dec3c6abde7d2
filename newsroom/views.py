from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render

from newsroom.listing import paginate
from newsroom.models import ArticlePage, Author, Correction


class HttpResponseSeeOther(HttpResponseRedirect):
    """The answer to a form's POST: "go and GET this", so a reload never re-posts the form."""

    status_code = 303


def author(request, slug):
    person = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    articles = paginate(
        request, person.published_articles().for_listing().newest_first(), per_page=20
    )
    return render(request, "newsroom/author_page.html", {"author": person, "articles": articles})


def authors(request):
    """Everyone with a published article, by name, with how many they have."""
    published = Q(article_links__article__in=ArticlePage.objects.published())
    people = (
        Author.objects.select_related("photo")
        .annotate(count=Count("article_links", filter=published, distinct=True))
        .filter(count__gt=0)
        .order_by("name")
    )
    return render(
        request, "newsroom/authors_index.html", {"authors": paginate(request, people, 100)}
    )


def corrections(request):
    """Site-wide list of corrections, only on articles a reader may see."""
    items = Correction.objects.filter(article__in=ArticlePage.objects.published()).select_related(
        "article"
    )
    return render(
        request,
        "newsroom/corrections_list.html",
        {"corrections": paginate(request, items, per_page=50)},
    )
