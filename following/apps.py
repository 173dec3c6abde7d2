from django.apps import AppConfig


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = "Following"

    def ready(self):
        from following import signals  # noqa: F401 (connects the receivers)
        from following.tasks import announce_lifted_embargoes
        from newsroom.scheduling import ROUND_HOOKS

        if announce_lifted_embargoes not in ROUND_HOOKS:
            ROUND_HOOKS.append(announce_lifted_embargoes)
