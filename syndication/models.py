from django.db import models
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="rss")
class SyndicationSettings(BaseSiteSetting):
    """What the site gives away in its feeds."""

    feed_full_text = models.BooleanField(
        default=True,
        verbose_name="Full text in feeds",
        help_text="Off: feeds carry the standfirst only, and readers click through for the story.",
    )

    class Meta:
        verbose_name = "Syndication"
