from django.apps import AppConfig


class EntitiesConfig(AppConfig):
    name = "entities"
    verbose_name = "People, organisations and quotes"

    def ready(self):
        from entities import signals  # noqa: F401  (extracts quotes after each publish)
