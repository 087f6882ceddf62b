"""Lockout after repeated wrong passwords, the password policy, session lifetime and idle timeout,
and other sessions ending when the password changes (issue 11, part 3)."""

from __future__ import annotations

import time

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse

from speechwatch.accounts.middleware import LAST_SEEN_KEY
from speechwatch.accounts.models import User
from tests.accounts.conftest import PASSWORD, sign_in


def test_sixth_attempt_is_refused_even_with_the_right_password(client, users):
    assert settings.AXES_ENABLED and settings.AXES_FAILURE_LIMIT == 5
    for _ in range(5):
        assert client.post(reverse("login"), {"username": "editor", "password": "wrong"}).status_code in {200, 429}
    locked = sign_in(client, "editor")
    assert locked.status_code == 429
    assert "Sign-in locked" in locked.content.decode() and "15 minutes" in locked.content.decode()
    assert not client.get(reverse("web:dashboard")).wsgi_request.user.is_authenticated
    # Another account from the same address is not locked (username + IP).
    assert sign_in(Client(), "viewer").status_code == 302
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, "editor").status_code == 302


def test_lockout_page_is_translated(client, users):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    for _ in range(6):
        response = client.post(reverse("login"), {"username": "editor", "password": "wrong"})
    assert response.status_code == 429 and "Вход заблокирован" in response.content.decode()


def test_lockout_expires_after_the_cool_off(client, users):
    from axes.models import AccessAttempt

    for _ in range(5):
        client.post(reverse("login"), {"username": "editor", "password": "wrong"})
    assert sign_in(client, "editor").status_code == 429
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time.replace(year=2000))
    assert sign_in(client, "editor").status_code == 302


@pytest.mark.parametrize("password", ["password", "short-pw", "12345678901234", "editor@demo.example.org"])
def test_weak_passwords_are_refused(password):
    user = User(username="editor", email="editor@demo.example.org")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_demo_passwords_pass_the_policy():
    from speechwatch.core.demo import DEMO_USERS

    for username, _role, password in DEMO_USERS:
        validate_password(password, User(username=username, email=f"{username}@demo.example.org"))


def test_createuser_applies_the_policy(db):
    with pytest.raises(CommandError, match="too common"):
        call_command("createuser", "alice", "--role", "editor", "--password", "password")
    with pytest.raises(CommandError, match="at least 12"):
        call_command("createuser", "alice", "--role", "editor", "--password", "Xy7-short")
    call_command("createuser", "alice", "--role", "editor", "--password", "a quiet harbour 42")
    assert User.objects.get(username="alice").check_password("a quiet harbour 42")


def test_session_lifetime_defaults():
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    assert settings.SPEECHWATCH_SESSION_IDLE_SECONDS == 3600


def test_idle_session_is_signed_out(client, users):
    sign_in(client, "viewer")
    assert client.get(reverse("web:dashboard")).status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 3601
    session.save()
    response = client.get(reverse("web:dashboard"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert not client.get(reverse("web:dashboard")).wsgi_request.user.is_authenticated


@override_settings(SPEECHWATCH_SESSION_IDLE_SECONDS=3600)
def test_active_session_stays(client, users):
    sign_in(client, "viewer")
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 3500
    session.save()
    assert client.get(reverse("web:dashboard")).status_code == 200
    assert client.session[LAST_SEEN_KEY] >= int(time.time()) - 5  # refreshed


def test_password_change_ends_other_sessions(users):
    laptop, phone = Client(), Client()
    sign_in(laptop, "editor")
    sign_in(phone, "editor")
    assert phone.get(reverse("web:dashboard")).status_code == 200
    editor = User.objects.get(username="editor")
    editor.set_password("a brand new passphrase")
    editor.save()
    assert phone.get(reverse("web:dashboard")).status_code == 302
    assert laptop.get(reverse("web:dashboard")).status_code == 302
    assert PASSWORD != "a brand new passphrase"


def test_client_address_behind_the_proxy(rf, settings):
    from speechwatch.accounts.audit import client_ip

    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4")
    settings.SPEECHWATCH_TRUST_X_FORWARDED_FOR = False
    assert client_ip(request) == "10.0.0.2"
    settings.SPEECHWATCH_TRUST_X_FORWARDED_FOR = True
    assert client_ip(request) == "198.51.100.4"  # the entry our proxy appended, not the forgeable first one


def test_session_ends_after_its_lifetime_even_when_active(client, users):
    from speechwatch.accounts.middleware import SIGNED_IN_KEY

    sign_in(client, "viewer")
    session = client.session
    session[SIGNED_IN_KEY] = int(time.time()) - 8 * 3600 - 1
    session.save()
    response = client.get(reverse("web:dashboard"))  # active a moment ago, but signed in 8 hours ago
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert not client.get(reverse("web:dashboard")).wsgi_request.user.is_authenticated
