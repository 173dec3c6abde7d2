"""Sign-in throttling (django-axes): what a locked-out person sees, and the audit trail.

Axes counts failed passwords per account and per address and refuses even the right password
while either is locked; these hooks give the refusal the Wagtail sign-in page with a plain
message, and put each lockout in Wagtail's audit log (Reports → Site history)."""

import logging

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.dispatch import receiver
from django.shortcuts import render
from django.utils import timezone
from wagtail.admin.views.account import get_user_login_form, password_reset_enabled
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

LOCKED = "windownews.sign_in_locked"
logger = logging.getLogger(__name__)


def locked_out(request, original_response=None, credentials=None):
    """The sign-in form again, with the name kept and why the password was refused (429)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    messages.error(
        request,
        f"Too many failed sign-ins for this account or from this address. Try again in "
        f"{minutes} minutes, or ask an administrator to unlock it (Settings → Locked sign-ins).",
    )
    form = get_user_login_form()(request, initial={"username": request.POST.get("username", "")})
    context = {
        "form": form,
        "next": request.POST.get("next", ""),
        "show_password_reset": password_reset_enabled(),
    }
    return render(request, "wagtailadmin/login.html", context, status=429)


@receiver(user_locked_out, dispatch_uid="windownews-sign-in-locked")
def record_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning("Sign-in locked: username=%r address=%s", username, ip_address)
    account = get_user_model().objects.filter(username=username).first()
    if account is not None and not _recently_recorded(account):
        log(account, LOCKED, data={"address": ip_address})


def _recently_recorded(account) -> bool:
    # Axes signals every refused attempt of a lockout; the audit log wants the lockout once.
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return ModelLogEntry.objects.filter(
        action=LOCKED, object_id=str(account.pk), timestamp__gte=since
    ).exists()
