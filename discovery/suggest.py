""" "Did you mean": the words of headlines, tags and names (people, organisations, places) are a
vocabulary; a reader's word that is not in it is replaced by the nearest word that is.

PostgreSQL finds the nearest by trigram similarity (pg_trgm, through django.contrib.postgres's
TrigramSimilarity and a GIN index, so 100,000 articles' words are not read); SQLite, the demo, by
difflib over the words of about the same length and first letter. Both answer the same question
over the same table, and the search page asks only when a query found nothing, or not every word.
"""

import difflib
import re

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from discovery.models import SearchWord

MIN_LENGTH = 3  # shorter words are too many to guess from
MAX_LENGTH = 60
LENGTH_SLACK = 2  # a near miss differs by at most this many letters in length (SQLite's filter)
CLOSE_ENOUGH = 0.75  # difflib's ratio; pg_trgm's default threshold (0.3) is its equivalent
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def words_of(text: str) -> set[str]:
    """Lower-case words of letters that a reader might search for."""
    return {w for w in _WORD.findall(text.lower()) if MIN_LENGTH <= len(w) <= MAX_LENGTH}


def learn(texts) -> None:
    """Adds the words of `texts` to the vocabulary (words already there are left as they are)."""
    words = set().union(*(words_of(text) for text in texts if text))
    SearchWord.objects.bulk_create(
        [SearchWord(word=word, length=len(word)) for word in sorted(words)],
        batch_size=1000,
        ignore_conflicts=True,
    )


def learn_articles(articles) -> None:
    """The headlines and tag names of the ArticlePage queryset `articles`."""
    from newsroom.models import ArticleTag

    titles = articles.order_by().values_list("title", flat=True)
    tags = ArticleTag.objects.filter(content_object__in=articles.order_by().values("pk"))
    learn([*titles, *tags.values_list("tag__name", flat=True).distinct()])


def learn_everything() -> int:
    """The vocabulary of every published article and every named entity (after a bulk load)."""
    from entities.models import Entity
    from newsroom.models import ArticlePage

    learn_articles(ArticlePage.objects.published())
    learn(
        [
            name
            for name, aliases in Entity.objects.values_list("name", "aliases")
            for name in [name, *aliases]
        ]
    )
    return SearchWord.objects.count()


def did_you_mean(query: str, results) -> str:
    """The "did you mean" words for the clean `query` whose search gave `results`
    (discovery.search.find): only when it found nothing, or not every word; else "". The search
    page and the read API show the same."""
    if not query or (results.count() and not results.partial):
        return ""
    return suggestion(query)


def suggestion(query: str) -> str:
    """`query` (clean words) with each unknown word replaced by the nearest known one; "" when
    every word is known or none has a near miss."""
    words = query.split()
    known = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
    guessed = [
        word if word in known or not MIN_LENGTH <= len(word) <= MAX_LENGTH else nearest(word)
        for word in words
    ]
    replaced = [g or w for g, w in zip(guessed, words, strict=True)]
    return " ".join(replaced) if replaced != words else ""


def nearest(word: str) -> str | None:
    if connection.vendor == "postgresql":
        return (
            SearchWord.objects.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        )
    near = SearchWord.objects.filter(
        length__range=(len(word) - LENGTH_SLACK, len(word) + LENGTH_SLACK),
        word__startswith=word[0],
    ).values_list("word", flat=True)
    return next(iter(difflib.get_close_matches(word, list(near), n=1, cutoff=CLOSE_ENOUGH)), None)
