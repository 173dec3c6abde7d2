from django.conf import settings
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from pagecache import versions

# {(host, site-wide purge generation): name}. Saving a Site purges every page, which moves the
# generation on: a re-render from cached parts finds the name without Wagtail's Site query.
_names: dict[tuple, str] = {}


def site(request):
    """The site's name as editors set it in Settings › Sites, looked up only where a template
    shows it (the admin's pages do not: that was a query on each of them)."""
    return {"site_name": SimpleLazyObject(lambda: _site_name(request))}


def _site_name(request) -> str:
    if not settings.PAGECACHE_FRAGMENT_SECONDS:  # DEBUG: as the database says now
        return _name_of(Site.find_for_request(request))
    key = (request.get_host(), versions.of(request, None).site)
    if key not in _names:
        if len(_names) > 100:
            _names.clear()
        _names[key] = _name_of(Site.find_for_request(request))
    return _names[key]


def _name_of(current) -> str:
    return (current and current.site_name) or settings.WAGTAIL_SITE_NAME
