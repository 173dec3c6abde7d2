from django.apps import AppConfig


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = "Following"

    def ready(self):
        from following import signals  # noqa: F401 (connects the receivers)
        from following.tasks import announce_lifted_embargoes, send_digests_when_due
        from newsroom.scheduling import ROUND_HOOKS

        for hook in (announce_lifted_embargoes, send_digests_when_due):
            if hook not in ROUND_HOOKS:
                ROUND_HOOKS.append(hook)
