"""What the <head> of each reader page tells machines: canonical URL, hreflang, feeds,
OpenGraph/Twitter cards and JSON-LD. Templates only lay it out."""

from django.conf import settings
from django.urls import reverse
from wagtail.models import Page

from entities.models import Entity
from newsroom.models import ArticlePage, Author, HomePage, TopicPage
from syndication import structured_data
from syndication.links import (
    SITE_CARD_SIZE,
    SOCIAL_IMAGE,
    absolute,
    modified,
    page_url,
    plain,
    published,
    renditions,
    site_card_url,
    summary,
)

RSS, ATOM = "application/rss+xml", "application/atom+xml"


def feeds(name, title, **kwargs):
    return [
        (kind, f"{title} ({label})", reverse(f"{name}-{label.lower()}", kwargs=kwargs))
        for kind, label in ((RSS, "RSS"), (ATOM, "Atom"))
    ]


def card_image(image, alt):
    found = renditions(image, [SOCIAL_IMAGE])
    if found:
        return {
            "url": absolute(found[0].url),
            "width": found[0].width,
            "height": found[0].height,
            "alt": plain(alt),
            "large": True,
        }
    width, height = SITE_CARD_SIZE
    return {"url": site_card_url(), "width": width, "height": height, "alt": "", "large": True}


def paged(url, request):
    """Page 2 of a list is its own document, so it is its own canonical."""
    number = request.GET.get("page", "") if request else ""
    return f"{url}?page={int(number)}" if number.isdigit() and int(number) > 1 else url


def hreflang(page, canonical):
    """One entry per live translation: with i18n off that is the page itself, plus x-default."""
    pages = (
        page.get_translations(inclusive=True).live() if settings.WAGTAIL_I18N_ENABLED else [page]
    )
    links = [
        (
            p.locale.language_code if settings.WAGTAIL_I18N_ENABLED else settings.LANGUAGE_CODE,
            page_url(p),
        )
        for p in pages
    ]
    return [*links, ("x-default", canonical)]


def for_context(context) -> dict:
    request, page, site_name = (
        context.get("request"),
        context.get("page"),
        str(context.get("site_name") or settings.WAGTAIL_SITE_NAME),  # a lazy object there
    )
    site_feeds = feeds("feed", site_name)
    if isinstance(page, ArticlePage):
        head = article(page, site_name)
    elif isinstance(page, TopicPage):
        head = topic(page, site_name, context.get("articles") or [])
    elif isinstance(page, Page):
        head = {
            "canonical": page_url(page),
            "title": plain(page.seo_title or page.title),
            "type": "website",
        }
        if isinstance(page, HomePage):
            head |= {"title": site_name, "json_ld": [structured_data.website(site_name)]}
    elif isinstance(context.get("author"), Author):
        head = author(context["author"], site_name)
    elif isinstance(context.get("entity"), Entity):
        head = entity(context["entity"])
    else:
        # error pages and views that do not say what they show: no canonical rather than a wrong one
        head = {}
    if head.get("canonical"):
        head["canonical"] = paged(head["canonical"], request)
        head["hreflang"] = (
            hreflang(page, head["canonical"])
            if isinstance(page, Page)
            else [("x-default", head["canonical"])]
        )
    head.setdefault("image", card_image(None, ""))
    head["feeds"] = head.get("feeds", []) + site_feeds
    head["site_name"] = site_name
    head["noindex"] = bool(getattr(request, "is_preview", False))
    return head


def article(page, site_name):
    return {
        "canonical": page_url(page),
        "type": "article",
        "title": plain(page.seo_title or page.title),
        "description": summary(page),
        # The photo, else the picture drawn for the article (locator map or title card).
        "image": card_image(page.picture, page.picture_alt),
        "published": structured_data.iso(published(page)),
        "modified": structured_data.iso(modified(page)),
        "section": plain(page.topic.title) if page.topic_id else "",
        "tags": [plain(tag.name) for tag in page.tag_list],
        "authors": [absolute(person.get_absolute_url()) for person in page.authors],
        "feeds": feeds("topic-feed", page.topic.title, slug=page.topic.slug)
        if page.topic_id
        else [],
        "json_ld": structured_data.article_graph(page, site_name),
    }


def topic(page, site_name, articles):
    return {
        "canonical": page_url(page),
        "type": "website",
        "title": plain(page.seo_title or page.title),
        "description": plain(page.search_description or page.description),
        "feeds": feeds("topic-feed", page.title, slug=page.slug),
        "json_ld": structured_data.collection_page(page, articles, site_name),
    }


def author(person, site_name):
    return {
        "canonical": absolute(person.get_absolute_url()),
        "type": "profile",
        "title": plain(person.name),
        "description": plain(person.role or person.bio[:200]),
        "image": card_image(person.photo, person.name) if person.photo_id else card_image(None, ""),
        "feeds": feeds("author-feed", person.name, slug=person.slug),
    }


def entity(item):
    return {
        "canonical": absolute(item.get_absolute_url()),
        "type": "profile" if item.kind == "person" else "website",
        "title": plain(item.name),
        "description": plain(item.description),
        "feeds": feeds("entity-feed", item.name, slug=item.slug),
        "json_ld": [structured_data.entity(item)],
    }
