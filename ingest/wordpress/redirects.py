"""Every old address answers one 301 to its new home, through Wagtail's redirects app.

Redirects to a page point at the page (they follow it if it moves); archives and feeds point
at our list's address. Addresses on "/" with a query (/?p=12) are answered by
`ingest.wordpress.middleware`, since Wagtail's middleware only looks at 404s."""

from django.urls import NoReverseMatch, reverse
from wagtail.contrib.redirects.models import Redirect

from ingest.wordpress.links import old_path


def point(path, page=None, link=""):
    path = Redirect.normalise_path(path)
    if not path or path == "/":
        return
    defaults = {"redirect_page": page, "redirect_link": "" if page else link, "is_permanent": True}
    Redirect.objects.update_or_create(old_path=path, site=None, defaults=defaults)


def for_item(paths, page):
    """One query to find which exist, one to add the rest (most items are new)."""
    paths = {Redirect.normalise_path(path) for path in paths} - {"", "/"}
    existing = Redirect.objects.filter(old_path__in=paths, site=None)
    existing.update(redirect_page=page, redirect_link="", is_permanent=True)
    known = set(existing.values_list("old_path", flat=True))
    Redirect.objects.bulk_create(
        Redirect(old_path=path, site=None, redirect_page=page, is_permanent=True)
        for path in sorted(paths - known)
    )


def for_dates(when, done, base=""):
    """/2010/, /2010/01/, /2010/01/07/ -> our archive of that year, month, day."""
    if when is None:
        return
    for parts in ((when.year,), (when.year, when.month), (when.year, when.month, when.day)):
        if parts in done:
            continue
        done.add(parts)
        name = ("archive-year", "archive-month", "archive-day")[len(parts) - 1]
        old = f"{base}/" + "/".join(f"{part:02d}" for part in parts) + "/"
        point(old, link=reverse(name, args=parts))


def for_category(base_path, topic):
    point(f"{base_path}", page=topic)
    try:
        feed = reverse("topic-feed-rss", args=[topic.slug])
    except NoReverseMatch:  # a topic an editor named in another script: the site's feed
        feed = reverse("feed-rss")
    point(f"{base_path}feed/", link=feed)


def for_tag(slug, tag, base=""):
    point(f"{base}/tag/{slug}/", link=reverse("tag", args=[tag.slug]))
    point(f"{base}/tag/{slug}/feed/", link=reverse("tag-feed-rss", args=[tag.slug]))


def settle_tags():
    """A tag no published article carries has no public page or feed (its name stays unseen):
    its old addresses go to the tag index and the site's feed instead of to a 404."""
    public = {reverse("tag", args=[slug]) for slug in public_tag_slugs()}
    pages = Redirect.objects.filter(old_path__contains="/tag/", redirect_page__isnull=True)
    for redirect in pages:
        feed = redirect.old_path.endswith("/feed")
        shown = redirect.redirect_link.removesuffix("rss/").replace("/feeds/tags/", "/tags/")
        if shown not in public:
            redirect.redirect_link = reverse("feed-rss" if feed else "tags")
            redirect.save(update_fields=["redirect_link"])


def public_tag_slugs():
    from newsroom.models import ArticleTag

    return ArticleTag.public_tags().values_list("slug", flat=True)


def for_author(login, author, base=""):
    point(f"{base}/author/{login}/", link=author.get_absolute_url())
    point(f"{base}/author/{login}/feed/", link=reverse("author-feed-rss", args=[author.slug]))


def for_site(base=""):
    """The site's feeds; and its home, when WordPress lived in a folder (/blog/ -> /)."""
    feed = reverse("feed-rss")
    for path in ("/feed/", "/feed/rss/", "/feed/rss2/", "/feed/atom/", "/comments/feed/"):
        point(base + path, link=feed)
    point(f"{base}/?feed=rss2", link=feed)
    if base:
        point(f"{base}/", link="/")


__all__ = ["old_path", "point"]
