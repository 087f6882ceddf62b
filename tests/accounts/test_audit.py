"""The account audit trail: who, when, from where, for sign-ins, sign-outs, authenticators and
permission changes; read-only in the admin."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from speechwatch.accounts.models import AccountEvent, EventKind
from tests.accounts.conftest import add_device, sign_in


def kinds(user) -> list[str]:
    return list(AccountEvent.objects.filter(user=user).order_by("id").values_list("kind", flat=True))


def test_sign_in_failure_and_sign_out_are_recorded(client, users):
    client.post(reverse("login"), {"username": "viewer", "password": "wrong"}, REMOTE_ADDR="203.0.113.7")
    client.post(reverse("login"), {"username": "nobody", "password": "wrong"}, REMOTE_ADDR="203.0.113.7")
    sign_in(client, "viewer", REMOTE_ADDR="203.0.113.8")
    client.post(reverse("logout"))
    assert kinds(users["viewer"])[-3:] == [EventKind.LOGIN_FAILED, EventKind.LOGIN, EventKind.LOGOUT]
    failed = AccountEvent.objects.filter(kind=EventKind.LOGIN_FAILED)
    assert {(e.username, e.ip) for e in failed} == {("viewer", "203.0.113.7"), ("nobody", "203.0.113.7")}
    login = AccountEvent.objects.get(kind=EventKind.LOGIN)
    assert login.ip == "203.0.113.8" and login.actor == users["viewer"] and login.created is not None


def test_device_added_and_removed_are_recorded(client, users):
    from tests.accounts.conftest import code_for

    device = add_device(users["viewer"])
    sign_in(client, "viewer", device)
    client.post(reverse("two_factor"), {"action": "disable", "otp_token": code_for(device)})
    events = AccountEvent.objects.filter(user=users["viewer"], kind__in=[EventKind.OTP_ADDED, EventKind.OTP_REMOVED])
    assert [e.kind for e in events.order_by("id")] == [EventKind.OTP_ADDED, EventKind.OTP_REMOVED]
    assert events.get(kind=EventKind.OTP_REMOVED).actor == users["viewer"]


def test_permission_changes_are_recorded_with_who(users):
    admin = users["admin"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = Client()
    sign_in(client, "admin")
    monitor = users["monitor"]
    response = client.post(
        reverse("admin:accounts_user_change", args=[monitor.pk]),
        {
            "username": "monitor", "email": monitor.email, "role": "editor", "is_active": "on", "is_staff": "on",
            "date_joined_0": "2024-01-01", "date_joined_1": "00:00:00", "preferred_language": "",
            "groups": [Group.objects.create(name="reviewers").pk],
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content[:2000]
    changes = AccountEvent.objects.filter(user=monitor, kind=EventKind.PERMISSIONS).exclude(detail__has_key="created")
    details = [e.detail for e in changes]
    assert {"role": ["monitor", "editor"], "is_staff": [False, True]} in details
    assert {"groups": {"action": "add", "items": ["reviewers"]}} in details
    assert all(e.actor == admin for e in changes)
    monitor.refresh_from_db()
    monitor.first_name = "Not a permission"
    monitor.save()
    assert changes.count() == 2


def test_admin_shows_events_read_only(users):
    admin = users["admin"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = Client()
    sign_in(client, "admin")
    page = client.get(reverse("admin:accounts_accountevent_changelist"))
    assert page.status_code == 200 and "signed in" in page.content.decode()
    assert client.get(reverse("admin:accounts_accountevent_add")).status_code == 403
    event = AccountEvent.objects.first()
    assert (
        client.post(reverse("admin:accounts_accountevent_delete", args=[event.pk]), {"post": "yes"}).status_code == 403
    )
