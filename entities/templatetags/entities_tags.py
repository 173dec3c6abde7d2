"""Links from articles to the pages of the people, organisations and places they name."""

from django import template
from django.utils.safestring import mark_safe

from entities.links import link_first_mentions, people_to_link
from entities.models import Entity, Mention
from newsroom.models import ArticlePage

register = template.Library()

SHOWN_ON_ARTICLE = 8
CENTRAL = 0.2  # salience below which a name is in passing, not what the article is about


@register.simple_tag(takes_context=True)
def speaker_url(context, name):
    """The page of the person or organisation a quote block names, or "" if there is none.
    The first block of an article looks up the speakers of all its blocks (one query)."""
    page = context.get("page")
    if not isinstance(page, ArticlePage):  # a live entry's block, a preview of one block
        return Entity.objects.speaker_urls([name])[name]
    urls = page.__dict__.setdefault("_speaker_urls", {})
    if name not in urls:
        names = {name, *(b.value["speaker"] for b in page.body if b.block_type == "quote")}
        urls.update(Entity.objects.speaker_urls(names - urls.keys()))
    return urls[name]


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


@register.simple_tag(takes_context=True)
def link_people(context, fragment):
    """A paragraph's rich text with the first mention of each person its article publicly
    names linked to their page. Once per article: the page being rendered carries the people
    (one query) and who is linked already, from one paragraph block to the next."""
    page, fragment = context.get("page"), str(fragment)  # a RichText renders itself as HTML
    if not isinstance(page, ArticlePage) or page.pk is None:
        return mark_safe(fragment)  # noqa: S308  (rich text, rendered and safe already)
    if "_person_links" not in page.__dict__:
        page._person_links = (people_to_link(page), set())
    people, linked = page._person_links
    return link_first_mentions(fragment, people, linked)
