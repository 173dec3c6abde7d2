"""Guessing passwords gets an account or an address locked: even the right password is refused
with a plain message on the Wagtail sign-in page, the lockout is in the audit log, and an
administrator can unlock it from the admin."""

import pytest
from django.conf import settings
from django.urls import reverse

from conftest import PERSONA_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def sign_in(client, username, password, address="10.0.0.1"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def guess(client, username, times, address="10.0.0.1"):
    return [sign_in(client, username, f"wrong {n}", address).status_code for n in range(times)]


def signed_in(client):
    return "_auth_user_id" in client.session


def test_forty_wrong_passwords_lock_the_account_and_refuse_the_right_one(client, editor):
    statuses = guess(client, "editor", 40)
    limit = settings.AXES_FAILURE_LIMIT
    assert statuses[: limit - 1] == [200] * (limit - 1)  # "wrong password", the form again
    assert set(statuses[limit:]) == {429}
    response = sign_in(client, "editor", PERSONA_PASSWORD)
    assert response.status_code == 429 and not signed_in(client)
    html = response.content.decode()
    assert "Too many failed sign-ins" in html and "ask an administrator to unlock" in html
    assert 'value="editor"' in html  # the name typed is kept


def test_the_account_stays_locked_from_any_address(client, editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong", address=f"10.0.1.{n}")
    assert sign_in(client, "editor", PERSONA_PASSWORD, address="10.0.2.1").status_code == 429
    assert not signed_in(client)


def test_an_address_guessing_many_accounts_is_locked_for_all(client, editor, reporter):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"someone{n}", "wrong", address="10.0.3.1")
    assert sign_in(client, "reporter", PERSONA_PASSWORD, address="10.0.3.1").status_code == 429
    assert sign_in(client, "editor", PERSONA_PASSWORD, address="10.0.3.2").status_code == 302
    assert signed_in(client)


def test_the_lockout_is_recorded_once_in_the_audit_log(client, editor, administrator):
    from wagtail.models import ModelLogEntry

    guess(client, "editor", settings.AXES_FAILURE_LIMIT + 5)
    entries = ModelLogEntry.objects.filter(action="windownews.sign_in_locked")
    assert [(entry.object_id, entry.data["address"]) for entry in entries] == [
        (str(editor.pk), "10.0.0.1")
    ]
    client.force_login(administrator)
    history = client.get("/admin/reports/site-history/")
    assert "Sign-in locked after failed passwords" in history.content.decode()


def test_an_administrator_unlocks_the_account_from_the_admin(client, editor, administrator):
    from axes.models import AccessAttempt

    guess(client, "editor", settings.AXES_FAILURE_LIMIT)
    admin = client.__class__()
    admin.force_login(administrator)
    listing = admin.get(reverse("locked_sign_ins:index"))
    assert listing.status_code == 200 and "editor" in listing.content.decode()
    assert admin.get(reverse("locked_sign_ins:add")).status_code in (302, 403)
    for attempt in AccessAttempt.objects.filter(username="editor"):
        response = admin.post(reverse("locked_sign_ins:delete", args=[attempt.pk]))
        assert response.status_code == 302
    assert sign_in(client, "editor", PERSONA_PASSWORD).status_code == 302
    assert signed_in(client)


def test_staff_without_the_permission_cannot_see_or_unlock(client, editor, reporter):
    guess(client, "editor", settings.AXES_FAILURE_LIMIT)
    client.force_login(reporter)
    assert client.get(reverse("locked_sign_ins:index")).status_code in (302, 403)
