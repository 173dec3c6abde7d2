from django.apps import AppConfig


class LiveConfig(AppConfig):
    name = "live"
    verbose_name = "Live coverage"

    def ready(self):
        from live import api, signals  # noqa: F401 (purge receivers; the API's routes)
