"""What discovery stores: each article's related list, and the corpus statistics behind it."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class RelatedArticle(models.Model):
    """One entry of an article's stored "Related Articles" list, written by the related task."""

    article = models.ForeignKey(
        "newsroom.ArticlePage", on_delete=models.CASCADE, related_name="related_links"
    )
    related = models.ForeignKey(
        "newsroom.ArticlePage", on_delete=models.CASCADE, related_name="related_in"
    )
    score = models.FloatField(
        help_text="0 for a same-topic fill-in, otherwise the blended similarity."
    )
    rank = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["article", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["article", "rank"], name="related_unique_rank")
        ]

    def __str__(self):
        return f"{self.article_id} -> {self.related_id} ({self.score:.3f})"


class TermStatistics(models.Model):
    """Inverse document frequencies of hashed terms, so
    scoring one new article needs no refit of the corpus."""

    documents = models.PositiveIntegerField()
    idf = models.BinaryField(help_text="float32 array, one value per hashed term.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "term statistics"

    def __str__(self):
        return f"IDF over {self.documents} articles"


class PerArticle(models.Model):
    """What discovery derives from one article, keyed by it and deleted with it."""

    article = models.OneToOneField(
        "newsroom.ArticlePage", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self._meta.verbose_name} of {self.article_id}"


class ArticleTerms(PerArticle):
    """An article's hashed term counts, kept so scoring it
    against a new article needs no re-reading of its text."""

    counts = models.BinaryField(
        help_text="int32 column indices then float32 values of one sparse row."
    )

    class Meta:
        verbose_name_plural = "article terms"


class TsVectorField(models.TextField):
    """A tsvector on PostgreSQL (GIN-indexed by a migration where it is matched), text elsewhere."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else super().db_type(connection)

    def get_placeholder_sql(self, value, compiler, connection):
        # A cast, so a server-side-bound text parameter is accepted too.
        return ("%s::tsvector" if connection.vendor == "postgresql" else "%s"), (value,)


class ArticleKeywords(PerArticle):
    """An article's most distinctive words and its day, in a narrow table: at scale the related task
    finds an article's candidates by matching these, not by reading any text."""

    keywords = TsVectorField(
        help_text='Hashed word columns with the highest TF-IDF, as " w123 w456 ".'
    )
    day = models.FloatField(
        help_text="Days since the epoch of the publication time, for the recency of a match."
    )

    class Meta:
        verbose_name_plural = "article keywords"


class SearchEntry(PerArticle):
    """A live article as PostgreSQL's reader search matches and ranks it (discovery.search_index).

    One row per article (the document's weighted words with their positions, no plain text),
    GIN-indexed by migration 0003. Written when an article is saved, like Wagtail's own index,
    and again when what it inherits changes (its topic's name, its section's privacy). SQLite
    (the demo) has no tsvector: its reader search goes through Wagtail's FTS5 index instead."""

    title = SearchVectorField(
        help_text="The headline's words: results whose headline matches rank first."
    )
    document = SearchVectorField(
        help_text="Headline (A), standfirst (B), topic and tags (C), body (D): matched, ranked."
    )
    topic = models.ForeignKey(
        "newsroom.TopicPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(
        help_text="The article's publication time (its first publication where unset)."
    )
    visible_from = models.DateTimeField(
        null=True, help_text="The end of the article's embargo: found by search only from then."
    )

    class Meta:
        verbose_name_plural = "search entries"
        indexes = [
            models.Index(fields=["-published_at", "-article"], name="discovery_search_newest")
        ]


class SearchWord(models.Model):
    """A word a reader may have meant: from headlines, tags and the names of people and places.
    The search's "did you mean" picks the nearest (discovery.suggest); on PostgreSQL through a
    trigram GIN index (migration 0006), on SQLite by difflib over words of a similar length."""

    word = models.CharField(max_length=60, unique=True)
    length = models.PositiveSmallIntegerField(db_index=True)

    def __str__(self):
        return self.word
