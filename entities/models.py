"""People, organisations and places named in articles, and the quotes they are given.

Quotes are found by `entities.quotes` as *suggestions*; editors confirm or reject them (issue
#19: precision first, only confirmed or confident quotes go public). Re-extracting an article
replaces its suggestions and never touches what an editor decided.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils.text import slugify

from entities.confidence import PUBLIC
from entities.mentions import find_mentions
from entities.names import name_key, name_keys, skeleton
from entities.quotes import ORG_WORDS, extract_quotes
from newsroom.models import ArticlePage

UNIT_INTERVAL = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class EntityQuerySet(models.QuerySet):
    def public(self):
        """Entities with a page: named in a published article or quoted there, publicly."""
        published = ArticlePage.objects.published().values("pk")
        about = Mention.objects.public().filter(article__in=published).values("entity_id")
        quoted = Quote.objects.public().filter(article__in=published).values("speaker_id")
        return self.filter(models.Q(pk__in=about) | models.Q(pk__in=quoted))

    def matching(self, text: str):
        """Entities whose name or an alias is `text` folded (case, accents, script) or spelt
        with the usual transliteration variants ("Zelensky", "Zelenskiy", "Зеленський" all
        find "Zelenskyy"), or a person whose surname it is."""
        keys = name_keys([text])
        return self.with_keys(keys) if keys else self.none()

    def speaker_urls(self, names) -> dict[str, str]:
        """Each name's page: that of the first person or organisation (by id) `matching` finds
        for it, or "" if none; one query for all of them (a page's quote blocks)."""
        wanted = {name: name_keys([name]) for name in names}
        rows = EntityKey.objects.filter(key__in=set().union(*wanted.values()))
        urls = dict.fromkeys(wanted, "")
        rows = rows.exclude(entity__kind=Entity.Kind.PLACE).select_related("entity")
        for row in rows.order_by("entity_id"):
            for name, keys in wanted.items():
                if row.key in keys and not urls[name]:
                    urls[name] = row.entity.get_absolute_url()
        return urls

    def with_keys(self, keys):
        """Entities that have any of `keys` (entities.names.name_keys) among their EntityKeys:
        exact look-ups in a B-tree index, the same SQL on SQLite and PostgreSQL. (A substring
        or regex test on match_keys read all 20,000 entities: 20-230 ms a search.)"""
        return self.filter(pk__in=EntityKey.objects.filter(key__in=keys).values("entity_id"))


class Entity(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person"
        ORGANISATION = "organisation"
        PLACE = "place"

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
    # "|key|key|": the folded names, aliases (and a person's surnames), for the admin's search;
    # `matching` looks them up in EntityKey, written by save() when they change.
    match_keys = models.TextField(blank=True, default="", editable=False)

    objects = EntityQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "entities"
        ordering = ["name"]
        permissions = [("merge_entity", "Can merge entities")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        stored, adding = self.match_keys, self._state.adding
        self.match_keys = self.keys_text()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "match_keys"}
        super().save(*args, **kwargs)
        if adding or self.match_keys != stored:
            self._write_keys(adding)

    def get_absolute_url(self) -> str:
        return reverse(f"entities:{self.kind}", args=[self.slug])

    def _write_keys(self, adding: bool) -> None:
        if not adding:  # a spelling taken off stops finding this entity
            self.keys.exclude(key__in=self.key_set()).delete()
        EntityKey.objects.bulk_create(self.key_rows(), ignore_conflicts=True)

    def keys_text(self) -> str:
        keys = name_keys([self.name, *self.aliases], surnames=self.kind == self.Kind.PERSON)
        return "|" + "|".join(sorted(keys)) + "|" if keys else ""

    @property
    def key(self) -> str:
        return name_key(self.name)

    def public_quotes(self):
        """Everything readers may see this entity quoted saying, newest article first."""
        return (
            self.quotes.public()
            .filter(article__in=ArticlePage.objects.published())
            .select_related("article")
            .order_by(models.F("article__published_at").desc(nulls_last=True), "-pk", "start")
        )

    def articles(self):
        """Published articles about this entity (a public mention) or quoting it publicly."""
        about = Mention.objects.public().filter(entity=self).values("article_id")
        quoting = Quote.objects.public().filter(speaker=self).values("article_id")
        return ArticlePage.objects.published().filter(
            models.Q(pk__in=about) | models.Q(pk__in=quoting)
        )

    def key_set(self) -> set[str]:
        return set(self.match_keys.strip("|").split("|")) - {""}

    def key_rows(self) -> list["EntityKey"]:
        """This entity's EntityKeys, unsaved (save() writes them; a bulk load writes these)."""
        return [EntityKey(entity=self, key=key) for key in sorted(self.key_set())]

    @classmethod
    def for_name(cls, name: str, kind: str | None = None) -> "Entity":
        """The person or organisation of that name, created on first sight. Other spellings
        merge automatically where it is safe: the same folded name or alias ("Erdogan" finds
        "Erdoğan"), the same first name with a transliteration variant of the surname
        ("Volodymyr Zelensky" finds "Volodymyr Zelenskyy"), or a lone surname that only one
        person has. The new spelling is kept as an alias."""
        if kind is None:
            kind = cls.Kind.ORGANISATION if _looks_like_organisation(name) else cls.Kind.PERSON
        key = name_key(name)
        candidates = list(cls.objects.matching(name).exclude(kind=cls.Kind.PLACE).order_by("pk"))
        exact = [e for e in candidates if key in {name_key(n) for n in [e.name, *e.aliases]}]
        variant = [e for e in candidates if " " in key and "~" + skeleton(key) in e.key_set()]
        surname = [e for e in candidates if " " not in key and e.kind == cls.Kind.PERSON]
        for found in (exact, variant, surname if len(surname) == 1 else []):
            if found:
                return found[0].with_alias(name)
        return cls.objects.create(name=name, kind=kind, slug=cls.unique_slug(name))

    @classmethod
    def for_place(cls, name: str, geonames_id: int, iso_code: str, spellings=()) -> "Entity":
        """The place of that GeoNames id, created on first sight; other spellings as aliases."""
        entity, _ = cls.objects.get_or_create(
            geonames_id=geonames_id,
            defaults={
                "name": name,
                "kind": cls.Kind.PLACE,
                "iso_code": iso_code,
                "slug": cls.unique_slug(name),
            },
        )
        for spelling in spellings:
            entity = entity.with_alias(spelling)
        return entity

    @classmethod
    def unique_slug(cls, name: str) -> str:
        base = slugify(name_key(name))[:190] or "unnamed"
        slug, n = base, 1
        while cls.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    def with_alias(self, name: str) -> "Entity":
        """Keeps `name` as an alias unless it folds to the name or an alias already."""
        if name_key(name) not in {name_key(n) for n in [self.name, *self.aliases]}:
            self.aliases = [*self.aliases, name]
            self.save(update_fields=["aliases"])
        return self

    @transaction.atomic
    def merge_into(self, target: "Entity") -> "Entity":
        """Editors' merge: `target` takes this entity's quotes, mentions (one per article,
        counts added, an editor's confirmation kept) and names as aliases; this one goes."""
        if target.pk == self.pk:
            raise ValueError("An entity cannot be merged into itself.")
        self.quotes.update(speaker=target)
        for mention in self.mentions.all():
            mention.move_to(target)
        names = [self.name, *self.aliases]
        target.aliases = [*target.aliases, *(n for n in names if n not in target.aliases)]
        target.same_as = [*target.same_as, *(u for u in self.same_as if u not in target.same_as)]
        target.description = target.description or self.description
        self.delete()
        target.save()
        return target


class EntityKey(models.Model):
    """One key of an entity's names (a folded spelling, a skeleton, a person's surname), as in
    Entity.match_keys: what names are looked up by, one row each so that an index finds them."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="keys")
    key = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "entity"], name="entities_entitykey_unique")
        ]

    def __str__(self):
        return self.key


def _looks_like_organisation(name: str) -> bool:
    words = name.split()
    return any(w.lower() in ORG_WORDS for w in words) or (len(words) == 1 and name.isupper())


class SuggestionQuerySet(models.QuerySet):
    """Rows the extractor suggests and an editor confirms or rejects."""

    public_threshold = PUBLIC

    def public(self):
        """What readers may see: confirmed rows, or suggested ones found with confidence."""
        confident = models.Q(status=Quote.Status.SUGGESTED, confidence__gte=self.public_threshold)
        return self.filter(models.Q(status=Quote.Status.CONFIRMED) | confident)


class QuoteQuerySet(SuggestionQuerySet):
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
        SUGGESTED = "suggested"
        CONFIRMED = "confirmed"
        REJECTED = "rejected"

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


class MentionQuerySet(SuggestionQuerySet):
    public_threshold = 0.8

    @transaction.atomic
    def extract(self, article: ArticlePage, text: str) -> list["Mention"]:
        """Replaces the article's suggested mentions with those found now; mentions an editor
        decided keep their status and get the new count and salience."""
        self.filter(article=article, status=Mention.Status.SUGGESTED).delete()
        decided = {m.entity_id: m for m in self.filter(article=article)}
        found = find_mentions(text, article.title, article.standfirst, _speakers(article))
        new: dict[int, Mention] = {}
        for item in found:
            entity = _entity_for(item)
            mention = decided.get(entity.pk) or new.get(entity.pk)
            if mention is None:
                new[entity.pk] = Mention(article=article, entity=entity, count=0)
                mention = new[entity.pk]
            mention.count += item.count  # two spellings of one entity add up
            mention.salience = max(mention.salience, item.score)
            mention.confidence = max(mention.confidence, item.confidence)
        for mention in decided.values():
            mention.save(update_fields=["count", "salience", "confidence"])
        return self.bulk_create(new.values())


def _speakers(article) -> list[str]:
    """Who the article quotes: its quote blocks (editors' ground truth) and quotes not
    rejected."""
    blocks = [b.value["speaker"] for b in article.body if b.block_type == "quote"]
    found = article.quotes.exclude(status=Quote.Status.REJECTED).exclude(speaker=None)
    return blocks + [q.speaker.name for q in found.select_related("speaker")]


def _entity_for(found) -> Entity:
    if found.place is not None:
        place = found.place
        return Entity.for_place(place.name, place.geonames_id, place.iso_code, found.spellings)
    return Entity.for_name(found.name, found.kind)


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

    def move_to(self, entity: Entity) -> None:
        """Re-points this mention to `entity`, folded into its mention of the same article."""
        other = Mention.objects.filter(article_id=self.article_id, entity=entity).first()
        if other is None:
            self.entity = entity
            self.save(update_fields=["entity"])
            return
        other.count += self.count
        other.salience = max(other.salience, self.salience)
        other.confidence = max(other.confidence, self.confidence)
        if Mention.Status.CONFIRMED in (self.status, other.status):
            other.status = Mention.Status.CONFIRMED
        other.save()
        self.delete()
