"""Articles as the scorer sees them: plain text, topic, day, tags and sources, loaded in bulk."""

import html
import logging
import re
from collections import defaultdict
from urllib.parse import urlsplit

from discovery.scoring import Doc

_TAG = re.compile(r"<[^>]+>")
logger = logging.getLogger(__name__)
MAX_TEXT = 20_000  # characters; a 5,000-word piece adds little after its first 3,000 words
# A place counts for its country as much as for itself (Kyiv and Lviv share Ukraine), and for
# its regions (continent, Middle East) by this share; their IDF already makes a region weigh
# less than a country (bench/related_quality.py's tuning part: 0.5 and 1.5 were no better).
REGION_SHARE = 1.0


def body_text(raw_blocks) -> str:
    parts = []
    for block in raw_blocks or ():
        value = block.get("value") if isinstance(block, dict) else None
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            parts.extend(v for v in value.values() if isinstance(v, str))
    # Rich text is HTML: tags out, then entities back to characters ("AT&amp;T" is "AT&T").
    return html.unescape(_TAG.sub(" ", " ".join(parts)))


def article_text(title, standfirst, body) -> str:
    # The headline is counted twice: it is the editor's own summary of the story.
    return f"{title}. {title}. {standfirst or ''} {body}"[:MAX_TEXT]


def day_of(when) -> float:
    return when.timestamp() / 86400 if when else 0.0


def _outlet(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def load(queryset, text=True) -> list[Doc]:
    """One Doc per article of `queryset`, in five queries; text=False skips title and body
    (their stored term counts stand in for them)."""
    from entities.models import Mention
    from newsroom.models import ArticlePage, ArticleSource, ArticleTag, RelatedPick

    if text:
        rows = list(
            queryset.order_by().values_list(
                "pk", "title", "standfirst", "body", "topic_id", "published_at"
            )
        )
    else:
        rows = [
            (pk, "", "", None, topic, when)
            for pk, topic, when in queryset.order_by().values_list("pk", "topic_id", "published_at")
        ]
    ids = queryset.order_by().values(
        "pk"
    )  # a subquery: a whole-corpus load would exceed SQLite's parameter limit
    tags, sources = defaultdict(set), defaultdict(set)
    for article_id, tag_id in ArticleTag.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag_id"
    ):
        tags[article_id].add(tag_id)
    for article_id, url in ArticleSource.objects.filter(article_id__in=ids).values_list(
        "article_id", "url"
    ):
        sources[article_id].add(_outlet(url))
    entities = defaultdict(list)  # what each article is about, by how central (not rejected ones)
    about = Mention.objects.filter(article_id__in=ids).exclude(status=Mention.Status.REJECTED)
    named = about.values_list("article_id", "entity_id", "entity__iso_code", "salience")
    for article_id, entity_id, country, salience in named:
        entities[article_id].append((entity_id, country, salience))
    picks = defaultdict(list)
    chosen = RelatedPick.objects.filter(
        article_id__in=ids, page__in=ArticlePage.objects.published().values("pk")
    )
    for article_id, page_id in chosen.order_by("sort_order", "pk").values_list(
        "article_id", "page_id"
    ):
        picks[article_id].append(page_id)
    docs = [
        Doc(
            id=pk,
            text=article_text(title, standfirst, body_text(getattr(body, "raw_data", body)))
            if text
            else "",
            topic=topic_id,
            day=day_of(published_at),
            tags=frozenset(tags[pk]),
            sources=frozenset(sources[pk]),
            entities=entity_weights(entities[pk]),
            picks=tuple(picks[pk]),
        )
        for pk, title, standfirst, body, topic_id, published_at in rows
    ]
    return [doc for doc in docs if readable(doc)]


def entity_weights(named) -> dict:
    """{key: weight} of an article's (entity, country ISO code or "", salience) triples: each
    entity by its salience, and a place's country and regions too, at the most a place of
    theirs weighs."""
    from entities.mentions import regions

    weights = {}
    for entity, country, salience in named:
        keyed = [(entity, salience)]
        if country:
            keyed.append((f"iso:{country}", salience))
            keyed += [(f"region:{r}", salience * REGION_SHARE) for r in regions().get(country, ())]
        for key, weight in keyed:
            weights[key] = max(weights.get(key, 0.0), weight)
    return weights


def readable(doc) -> bool:
    """Whether the scorer can read `doc`'s text: one that is not valid Unicode (a lone
    surrogate, which SQLite stores) would fail every refresh that meets it, so it is skipped."""
    try:
        doc.text.encode()
    except UnicodeEncodeError:
        logger.error("Related lists skip article %s: its text is not valid Unicode", doc.id)
        return False
    return True
