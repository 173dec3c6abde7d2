from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"

    def ready(self):
        from comments import classifier, signals
        from comments.models import approved_count_for
        from newsroom.models import LISTING_ANNOTATIONS

        signals.moderator_decided.connect(classifier.on_moderator_decided)
        # Every article card shows its approved-comment count: counted in the list's query.
        LISTING_ANNOTATIONS["approved_comment_count"] = approved_count_for
