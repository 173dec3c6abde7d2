from django.apps import AppConfig


class WindownewsConfig(AppConfig):
    name = "windownews"

    def ready(self):
        from windownews import sign_in  # noqa: F401 (connects the lockout audit receiver)
