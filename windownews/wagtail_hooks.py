"""Locked sign-ins in the Wagtail admin: administrators see them and unlock (delete) them."""

from axes.models import AccessAttempt
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from windownews.sign_in import LOCKED

UNLOCK_ONLY = ("view", "delete")


class UnlockOnlyPolicy(ModelPermissionPolicy):
    """Failed sign-ins make the records, never a person: they can be read and removed only."""

    def user_has_permission(self, user, action):
        return action in UNLOCK_ONLY and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in UNLOCK_ONLY])


class LockedSignInViewSet(ModelViewSet):
    model = AccessAttempt
    menu_label = "Locked sign-ins"
    icon = "lock"
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["username"]  # the views need a form even though no one may add or edit


register_permission_policy(AccessAttempt, UnlockOnlyPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_locked_sign_ins():
    return LockedSignInViewSet("locked_sign_ins")


@hooks.register("register_log_actions")
def register_sign_in_actions(actions):
    actions.register_action(LOCKED, "Sign-in locked", "Sign-in locked after failed passwords")
