from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"

    def ready(self):
        from comments import classifier, signals
        from comments.models import approved_count_for
        from newsroom.desk.chrome import SIDEBAR_KEY_PARTS
        from newsroom.models import LISTING_ANNOTATIONS

        signals.moderator_decided.connect(classifier.on_moderator_decided)
        # Every article card shows its approved-comment count: counted in the list's query.
        LISTING_ANNOTATIONS["approved_comment_count"] = approved_count_for
        # The sidebar is kept per user; the queue's badge counts what waits now.
        SIDEBAR_KEY_PARTS["pending_comments"] = pending_for_the_badge


def pending_for_the_badge(request):
    """The count the Comments menu item's badge shows (comments.wagtail_hooks), for those
    who see the item."""
    from comments.models import Comment

    user = request.user
    if not any(user.has_perm(f"comments.{action}_comment") for action in MODEL_ACTIONS):
        return ""
    return str(Comment.objects.pending().count())


MODEL_ACTIONS = ("add", "change", "delete", "view")
