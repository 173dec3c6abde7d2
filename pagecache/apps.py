from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache and purge"

    def ready(self):
        from pagecache import signals  # connects the purge receivers

        signals.connect_related_refresh()
