"""Links from articles to the pages of the people, organisations and places they name."""

from django import template

from entities.models import Entity, Mention

register = template.Library()

SHOWN_ON_ARTICLE = 8
CENTRAL = 0.2  # salience below which a name is in passing, not what the article is about


@register.simple_tag
def speaker_url(name):
    """The page of the person or organisation a quote block names, or "" if there is none."""
    entity = Entity.objects.matching(name).exclude(kind=Entity.Kind.PLACE).order_by("pk").first()
    return entity.get_absolute_url() if entity else ""


@register.simple_tag
def article_entities(article):
    """Who and what the article is about, most central first: public mentions only."""
    mentions = (
        Mention.objects.public()
        .filter(article=article, salience__gte=CENTRAL)
        .select_related("entity")
        .order_by("-salience")[:SHOWN_ON_ARTICLE]
    )
    return [mention.entity for mention in mentions]
