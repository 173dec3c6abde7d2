from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"

    def ready(self):
        from comments import classifier, signals

        signals.moderator_decided.connect(classifier.on_moderator_decided)
