"""The second factor holds on every way in: the admin's login, the admin itself, removing the device,
and roles that must use it (issue 11, part 6)."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from tests.accounts.conftest import PASSWORD, add_device, code_for, sign_in


@pytest.fixture
def staff(users):
    admin = users["admin"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    return admin


def test_admin_login_page_sends_to_the_site_sign_in(client, staff):
    response = client.get("/admin/login/?next=/admin/accounts/user/")
    assert response.status_code == 302
    assert response["Location"] == reverse("login") + "?next=%2Fadmin%2Faccounts%2Fuser%2F"
    off_site = client.get("/admin/login/?next=https://evil.example/")
    assert off_site["Location"] == reverse("login") + "?next=%2Fadmin%2F"


def test_admin_password_alone_does_not_get_in_when_a_device_is_set(client, staff):
    device = add_device(staff)
    client.post("/admin/login/", {"username": "admin", "password": PASSWORD, "next": "/admin/"})
    assert client.get("/admin/accounts/user/").status_code == 302
    sign_in(client, "admin")  # no code
    assert client.get("/admin/accounts/user/").status_code == 302
    client.force_login(staff)  # a session that never gave a code (e.g. from before the device was added)
    assert client.get("/admin/accounts/user/").status_code == 302
    assert not client.get(reverse("web:dashboard")).wsgi_request.user.is_authenticated
    sign_in(client, "admin", device)
    assert client.get("/admin/accounts/user/").status_code == 200


def test_admin_without_device_signs_in_through_the_site(client, staff):
    assert sign_in(client, "admin", next="/admin/").status_code == 302
    assert client.get("/admin/").status_code == 200


def test_non_staff_at_admin_login_is_refused_not_looped(client, users):
    client.force_login(users["viewer"])
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/login/?next=/admin/").status_code == 403


def test_removing_the_device_needs_a_verified_session_and_a_code(client, users):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    viewer = users["viewer"]
    device = add_device(viewer)
    # A password-only session cannot remove it (the middleware signs such a session out first).
    client.force_login(viewer)
    client.post(reverse("two_factor"), {"action": "disable", "otp_token": code_for(device)})
    assert TOTPDevice.objects.filter(user=viewer, confirmed=True).exists()
    sign_in(client, "viewer", device)
    response = client.post(reverse("two_factor"), {"action": "disable"}, follow=True)
    assert TOTPDevice.objects.filter(user=viewer, confirmed=True).exists()
    assert "not valid" in response.content.decode()
    client.post(reverse("two_factor"), {"action": "disable", "otp_token": "000000"})
    assert TOTPDevice.objects.filter(user=viewer, confirmed=True).exists()
    client.post(reverse("two_factor"), {"action": "disable", "otp_token": code_for(device)})
    assert not TOTPDevice.objects.filter(user=viewer).exists()


@override_settings(SPEECHWATCH_REQUIRE_2FA="admin,editor")
def test_required_role_without_device_can_only_set_one_up(client, users):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    response = sign_in(client, "editor")
    assert response.status_code == 302 and response["Location"] == reverse("two_factor")
    for url in [reverse("web:dashboard"), reverse("web:incident_list"), "/admin/", reverse("tokens")]:
        assert client.get(url)["Location"] == reverse("two_factor"), url
    page = client.get(reverse("two_factor"))
    assert page.status_code == 200 and page.context["required"]
    pending = TOTPDevice.objects.get(user=users["editor"], confirmed=False)
    client.post(reverse("two_factor"), {"action": "confirm", "otp_token": code_for(pending)})
    assert client.get(reverse("web:dashboard")).status_code == 200
    # From now on sign-in asks for the code.
    other = Client()
    assert sign_in(other, "editor").status_code == 200
    assert sign_in(other, "editor", TOTPDevice.objects.get(user=users["editor"])).status_code == 302
    # Roles not listed are not affected.
    viewer = Client()
    sign_in(viewer, "viewer")
    assert viewer.get(reverse("web:dashboard")).status_code == 200


@override_settings(SPEECHWATCH_REQUIRE_2FA="admin")
def test_required_role_applies_to_superusers_and_the_api(client, users, make_incident):
    make_incident()
    superuser = users["viewer"]
    superuser.is_superuser = superuser.is_staff = True
    superuser.save()
    sign_in(client, "viewer")
    assert client.get("/admin/")["Location"] == reverse("two_factor")
    assert client.get("/api/incidents/").json()["count"] == 0  # anonymous: the draft is hidden


def test_session_from_before_the_device_is_signed_out_within_a_minute(client, users):
    from speechwatch.accounts.middleware import DEVICE_CHECK_KEY

    sign_in(client, "viewer")
    assert client.get(reverse("web:dashboard")).status_code == 200
    add_device(users["viewer"])  # from another browser
    session = client.session
    session[DEVICE_CHECK_KEY] = [session[DEVICE_CHECK_KEY][0] - 61, False]
    session.save()
    response = client.get(reverse("web:dashboard"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert not client.get(reverse("web:dashboard")).wsgi_request.user.is_authenticated
