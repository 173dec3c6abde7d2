from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse

from syndication.http import conditional_get, public
from syndication.links import absolute
from syndication.sitemaps import SITEMAPS


@conditional_get
def sitemap_index(request):
    return public(sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap-section"))


@conditional_get
def sitemap_section(request, section):
    template = "syndication/news_sitemap.xml" if section == "news" else "sitemap.xml"
    return public(sitemap_views.sitemap(request, SITEMAPS, section=section, template_name=template))


def robots_txt(request):
    lines = [
        "User-agent: *",
        # Search and previews stay crawlable so engines can
        # read their noindex; the admin is not for them.
        "Disallow: /admin/",
        "",
        f"Sitemap: {absolute(reverse('sitemap-index'))}",
        f"Sitemap: {absolute(reverse('sitemap-section', args=['news']))}",
    ]
    return public(
        HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"),
        max_age=settings.CACHE_SECONDS,
    )
