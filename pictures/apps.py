from django.apps import AppConfig


class PicturesConfig(AppConfig):
    name = "pictures"
    verbose_name = "Generated pictures"

    def ready(self):
        from pictures import signals  # noqa: F401  (draws an article's picture on publish)
