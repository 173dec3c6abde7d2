from django.apps import AppConfig


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = "Following"

    def ready(self):
        from following import signals  # noqa: F401 (connects the receivers)
