"""The newsroom's time zone (a site setting) and times written in it for the desk."""

from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Site

from newsroom.models import NewsroomSettings


def newsroom_zone(request=None):
    """The zone set for the request's site (the default site without a request); UTC if none."""
    if request is not None:
        return NewsroomSettings.for_request(request).zone
    site = Site.objects.filter(is_default_site=True).first()
    return NewsroomSettings.for_site(site).zone if site else ZoneInfo("UTC")


def newsroom_time(value, zone):
    """'Sat 5 Dec 2026, 14:30 Europe/Kyiv': the zone is always written out, never implied."""
    if value is None:
        return ""
    local = timezone.localtime(value, zone)
    return f"{local:%a %-d %b %Y, %H:%M} {zone.key}"


def start_of_today(zone):
    """Midnight today in the newsroom, as an aware time."""
    now = timezone.localtime(timezone.now(), zone)
    return now.replace(hour=0, minute=0, second=0, microsecond=0)
