from django.conf import settings
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def site(request):
    """The site's name as editors set it in Settings › Sites, looked up only where a template
    shows it (the admin's pages do not: that was a query on each of them)."""

    def name():
        current = Site.find_for_request(request)
        return (current and current.site_name) or settings.WAGTAIL_SITE_NAME

    return {"site_name": SimpleLazyObject(name)}
