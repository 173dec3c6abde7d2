from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache and purge"

    def ready(self):
        from pagecache import signals  # noqa: F401 (connects the purge receivers)
