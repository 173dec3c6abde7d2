from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from django.db.models.signals import post_migrate
        from django.urls import register_converter

        from newsroom import signals  # noqa: F401  (connects publish hooks)
        from newsroom.converters import RowId, UnicodeSlugConverter
        from newsroom.desk import chrome
        from newsroom.images import limit_pillow
        from newsroom.roles import grant_everything_to_administrators

        register_converter(UnicodeSlugConverter, "uslug")  # before any URLconf is loaded
        register_converter(RowId, "row_id")
        post_migrate.connect(
            grant_everything_to_administrators, dispatch_uid="newsroom-administrators"
        )
        limit_pillow()
        chrome.install()
