from django.conf import settings
from wagtail.models import Site


def site(request):
    """The site's name as editors set it in Settings › Sites (Site.find_for_request caches it)."""
    current = Site.find_for_request(request)
    return {"site_name": (current and current.site_name) or settings.WAGTAIL_SITE_NAME}
