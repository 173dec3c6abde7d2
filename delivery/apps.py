from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "delivery"
    verbose_name = "Delivery: page cache and purge"

    def ready(self):
        from delivery import signals  # noqa: F401 (connects the purge receivers)
