"""What discovery stores: each article's related list, and the corpus statistics behind it."""

from django.db import models


class RelatedArticle(models.Model):
    """One entry of an article's stored "Related Articles" list, written by the related task."""

    article = models.ForeignKey("newsroom.ArticlePage", on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey("newsroom.ArticlePage", on_delete=models.CASCADE, related_name="related_in")
    score = models.FloatField(help_text="0 for a same-topic fill-in, otherwise the blended similarity.")
    rank = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["article", "rank"]
        constraints = [models.UniqueConstraint(fields=["article", "rank"], name="related_unique_rank")]

    def __str__(self):
        return f"{self.article_id} -> {self.related_id} ({self.score:.3f})"


class TermStatistics(models.Model):
    """Inverse document frequencies of hashed terms, so scoring one new article needs no refit of the corpus."""

    documents = models.PositiveIntegerField()
    idf = models.BinaryField(help_text="float32 array, one value per hashed term.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "term statistics"

    def __str__(self):
        return f"IDF over {self.documents} articles"


class ArticleTerms(models.Model):
    """An article's hashed term counts, kept so scoring it against a new article needs no re-reading of its text."""

    article = models.OneToOneField("newsroom.ArticlePage", on_delete=models.CASCADE, primary_key=True, related_name="+")
    counts = models.BinaryField(help_text="int32 column indices then float32 values of one sparse row.")

    class Meta:
        verbose_name_plural = "article terms"

    def __str__(self):
        return f"terms of {self.article_id}"
