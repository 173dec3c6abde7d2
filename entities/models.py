"""People, organisations and places named in articles, and the quotes they are given.

Quotes are found by `entities.quotes` as *suggestions*; editors confirm or reject them (issue
#19: precision first, only confirmed or confident quotes go public). Re-extracting an article
replaces its suggestions and never touches what an editor decided.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils.text import slugify

from entities.names import name_key, name_keys
from entities.quotes import ORG_WORDS, extract_quotes, fold
from newsroom.models import ArticlePage

UNIT_INTERVAL = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class EntityQuerySet(models.QuerySet):
    def matching(self, text: str):
        """Entities whose name or an alias is `text` folded (case, accents, script: "zelensky",
        "Zelenskiy", "Зеленський"), or a person whose surname it is. Portable: a substring
        test on the stored keys, the same SQL on SQLite and PostgreSQL."""
        key = name_key(text)
        if not key:
            return self.none()
        return self.filter(match_keys__contains=f"|{key}|")


class Entity(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        PLACE = "place", "Place"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=True)
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other spellings and transliterations of the name."
    )
    description = models.CharField(
        max_length=300, blank=True, help_text="One line on who this is, written by an editor."
    )
    same_as = models.JSONField(
        default=list,
        blank=True,
        help_text="URLs of the same entity elsewhere (Wikidata, Wikipedia, official site).",
    )
    iso_code = models.CharField(
        max_length=2,
        blank=True,
        db_index=True,
        help_text="ISO 3166-1 alpha-2: the country's code, or for a city its country's.",
    )
    geonames_id = models.PositiveIntegerField(null=True, blank=True, unique=True)
    # "|key|key|": the folded names, aliases (and a person's surnames) that `matching` looks in.
    match_keys = models.TextField(blank=True, default="", editable=False)

    objects = EntityQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "entities"
        ordering = ["name"]
        permissions = [("merge_entity", "Can merge entities")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.match_keys = self.keys_text()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "match_keys"}
        super().save(*args, **kwargs)

    def keys_text(self) -> str:
        keys = name_keys([self.name, *self.aliases], surnames=self.kind == self.Kind.PERSON)
        return "|" + "|".join(sorted(keys)) + "|" if keys else ""

    @property
    def key(self) -> str:
        return name_key(self.name)

    @classmethod
    def for_name(cls, name: str) -> "Entity":
        """The entity of that name, created on first sight; "Erdogan" finds "Erdoğan"."""
        slug = slugify(fold(name), allow_unicode=True)[:200] or "unnamed"
        kind = cls.Kind.ORGANISATION if _looks_like_organisation(name) else cls.Kind.PERSON
        entity, _ = cls.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind})
        return entity


def _looks_like_organisation(name: str) -> bool:
    words = name.split()
    return any(w.lower() in ORG_WORDS for w in words) or (len(words) == 1 and name.isupper())


class QuoteQuerySet(models.QuerySet):
    def public(self, threshold=0.9):
        """What readers may see: confirmed quotes, or suggested ones above the threshold."""
        confident = models.Q(status=Quote.Status.SUGGESTED, confidence__gte=threshold)
        return self.filter(models.Q(status=Quote.Status.CONFIRMED) | confident)

    @transaction.atomic
    def extract(self, article: ArticlePage, text: str) -> list["Quote"]:
        """Replaces the article's suggested quotes with those found in its plain text now."""
        self.filter(article=article, status=Quote.Status.SUGGESTED).delete()
        decided = set(
            self.filter(article=article).values_list("start", "end")
        )  # an editor's decision on a span stands
        found = [q for q in extract_quotes(text) if (q.start, q.end) not in decided]
        return self.bulk_create(
            Quote(
                article=article,
                text=q.text,
                start=q.start,
                end=q.end,
                speaker=Entity.for_name(q.speaker) if q.speaker else None,
                confidence=q.confidence,
            )
            for q in found
        )


class Quote(models.Model):
    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset into the article's plain text.")
    end = models.PositiveIntegerField()
    speaker = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    confidence = models.FloatField(default=0.0)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUGGESTED)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="entities_quote_unique_span"
            )
        ]

    def __str__(self):
        return f"{self.speaker or 'unknown'}: {self.text[:60]}"


class MentionQuerySet(models.QuerySet):
    def public(self, threshold=0.8):
        """What readers may see: confirmed mentions, or suggested ones found with confidence."""
        confident = models.Q(status=Mention.Status.SUGGESTED, confidence__gte=threshold)
        return self.filter(models.Q(status=Mention.Status.CONFIRMED) | confident)


class Mention(models.Model):
    """An entity an article is about: how often it is named there and how central it is."""

    Status = Quote.Status

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="mentions")
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=1)
    salience = models.FloatField(
        default=0.0, validators=UNIT_INTERVAL, help_text="0..1: how central to the article."
    )
    confidence = models.FloatField(default=0.0, validators=UNIT_INTERVAL)
    status = models.CharField(
        max_length=20, choices=Quote.Status.choices, default=Quote.Status.SUGGESTED
    )

    objects = MentionQuerySet.as_manager()

    class Meta:
        ordering = ["article", "-salience"]
        constraints = [
            models.UniqueConstraint(fields=["article", "entity"], name="entities_mention_unique")
        ]
        indexes = [models.Index(fields=["entity", "status"], name="entities_mention_entity")]

    def __str__(self):
        return f"{self.entity} in {self.article_id} ({self.salience:.2f})"
