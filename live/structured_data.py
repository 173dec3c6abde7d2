"""schema.org LiveBlogPosting for a live page: what search engines read for a LIVE badge."""

from syndication.links import absolute, logo_url, plain
from syndication.structured_data import CONTEXT, iso, organization, person

HEADLINE_LENGTH = 110  # schema.org's headline advice


def update(entry, page_url):
    text = plain(entry.text())
    headline = text.split("\n", 1)[0][:HEADLINE_LENGTH] or plain(entry.page.title)
    data = {
        "@type": "BlogPosting",
        "@id": f"{page_url}#{entry.anchor}",
        "url": f"{page_url}#{entry.anchor}",
        "headline": headline,
        "articleBody": text,
        "datePublished": iso(entry.posted_at),
        "dateModified": iso(entry.edited_at or entry.posted_at),
    }
    if entry.author_id:
        data["author"] = person(entry.author)
    return data


def live_blog(page, entries, site_name):
    url = absolute(page.url)
    data = {
        "@context": CONTEXT,
        "@type": "LiveBlogPosting",
        "@id": f"{url}#live",
        "url": url,
        "mainEntityOfPage": url,
        "headline": plain(page.title),
        # Fixed at first publication: later publishes of the page must not move it.
        "datePublished": iso(page.first_published_at),
        "dateModified": iso(max((e.edited_at or e.posted_at for e in entries), default=None))
        or iso(page.last_published_at),
        "coverageStartTime": iso(page.coverage_start or page.first_published_at),
        "publisher": organization(site_name),
        "image": [logo_url()],
        "liveBlogUpdate": [update(entry, url) for entry in entries],
    }
    if page.coverage_end:
        data["coverageEndTime"] = iso(page.coverage_end)
    if page.standfirst:
        data["description"] = plain(page.standfirst)
    return data
