"""schema.org JSON-LD for articles, topics and the home page, as plain dicts.

Templates turn them into <script type="application/ld+json"> with `ld_json`, which
escapes like Django's json_script so no text can close the script element."""

from django.conf import settings
from django.utils import timezone

from syndication.links import (
    LOGO_SIZE,
    absolute,
    logo_url,
    modified,
    page_url,
    plain,
    published,
    renditions,
    summary,
)

CONTEXT = "https://schema.org"


def iso(moment):
    """ISO 8601 with the offset, as search engines require."""
    return timezone.localtime(moment).isoformat() if moment else None


def organization(site_name):
    width, height = LOGO_SIZE
    return {
        "@type": "NewsMediaOrganization",
        "name": site_name,
        "url": absolute("/"),
        "logo": {"@type": "ImageObject", "url": logo_url(), "width": width, "height": height},
    }


def person(author):
    return {
        "@type": "Person",
        "name": plain(author.name),
        "url": absolute(author.get_absolute_url()),
    }


ENTITY_TYPES = {"person": "Person", "organisation": "Organization", "place": "Place"}


def entity(item):
    """A person, organisation or place of entities, with the links editors added as sameAs."""
    data = {
        "@context": CONTEXT,
        "@type": ENTITY_TYPES[item.kind],
        "name": plain(item.name),
        "url": absolute(item.get_absolute_url()),
    }
    if item.description:
        data["description"] = plain(item.description)
    if item.aliases:
        data["alternateName"] = [plain(alias) for alias in item.aliases]
    if item.same_as:
        data["sameAs"] = list(item.same_as)
    if item.kind == "place" and item.iso_code:
        data["address"] = {"@type": "PostalAddress", "addressCountry": item.iso_code}
    return data


def breadcrumbs(*pages):
    """Home › ... › here, from (name, url) pairs."""
    items = [
        {"@type": "ListItem", "position": n, "name": plain(name), "item": url}
        for n, (name, url) in enumerate(pages, 1)
    ]
    return {"@context": CONTEXT, "@type": "BreadcrumbList", "itemListElement": items}


def article_images(article):
    """Absolute URLs in 16:9, 4:3 and 1:1 of the photo or the drawn picture; the publisher's
    logo only while an article has neither (its picture is drawn just after publishing)."""
    return [absolute(rendition.url) for rendition in renditions(article.picture)] or [logo_url()]


def corrections(article):
    items = article.correction_list  # fetched once per render, shared with the visible note
    return [
        {
            "@type": "CorrectionComment",
            "text": plain(item.text),
            "datePublished": iso(item.created_at),
        }
        for item in items
    ]


def news_article(article, site_name):
    url = page_url(article)
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": plain(article.title),
        "description": summary(article),
        "image": article_images(article),
        "datePublished": iso(published(article)),
        "dateModified": iso(modified(article)),
        "author": [person(author) for author in article.authors] or [organization(site_name)],
        "publisher": organization(site_name),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "inLanguage": settings.LANGUAGE_CODE,
        "isAccessibleForFree": True,
        "articleSection": plain(article.topic.title) if article.topic_id else None,
        "keywords": [plain(tag.name) for tag in article.tag_list],
        "correction": corrections(article),
    }
    if article.licence_id:
        # Corpus text: say where it came from and the credit its licence asks for.
        data |= {
            "isBasedOn": article.source_url,
            "creditText": plain(article.licence.credit_text(article.source_url)),
        }
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def article_graph(article, site_name):
    trail = [(site_name, absolute("/"))]
    if article.topic_id:
        trail.append((article.topic.title, page_url(article.topic)))
    trail.append((article.title, page_url(article)))
    return [news_article(article, site_name), breadcrumbs(*trail)]


def website(site_name):
    search = {"@type": "EntryPoint", "urlTemplate": absolute("/search/?q={search_term_string}")}
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": site_name,
        "url": absolute("/"),
        "publisher": organization(site_name),
        "potentialAction": {
            "@type": "SearchAction",
            "target": search,
            "query-input": "required name=search_term_string",
        },
    }


def collection_page(topic, articles, site_name):
    url = page_url(topic)
    items = [
        {"@type": "ListItem", "position": n, "url": page_url(article)}
        for n, article in enumerate(articles, 1)
    ]
    page = {
        "@context": CONTEXT,
        "@type": "CollectionPage",
        "name": plain(topic.title),
        "description": plain(topic.description),
        "url": url,
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": absolute("/")},
        "mainEntity": {"@type": "ItemList", "itemListElement": items},
    }
    return [page, breadcrumbs((site_name, absolute("/")), (topic.title, url))]
