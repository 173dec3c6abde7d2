from django.conf import settings
from wagtail.models import Site

from pagecache import versions

# {(host, site-wide purge generation): name}. Saving a Site purges every page, which moves the
# generation on: a re-render from cached parts finds the name without Wagtail's Site query.
_names: dict[tuple, str] = {}


def site(request):
    """The site's name as editors set it in Settings › Sites."""
    if not settings.PAGECACHE_FRAGMENT_SECONDS:  # DEBUG: as the database says now
        return {"site_name": _name_of(Site.find_for_request(request))}
    key = (request.get_host(), versions.of(request, None).site)
    if key not in _names:
        if len(_names) > 100:
            _names.clear()
        _names[key] = _name_of(Site.find_for_request(request))
    return {"site_name": _names[key]}


def _name_of(current) -> str:
    return (current and current.site_name) or settings.WAGTAIL_SITE_NAME
