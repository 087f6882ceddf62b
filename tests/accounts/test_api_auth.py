"""The API: no HTTP Basic, sessions count only once they have passed the second factor, and tokens
(hashed, named, expiring, revocable) for scripts (issue 11, part 6)."""

from __future__ import annotations

import base64
import datetime as dt
from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from speechwatch.accounts.models import AccountEvent, ApiToken, hash_token
from tests.accounts.conftest import PASSWORD, add_device, sign_in


def count(client: Client, **headers) -> int:
    response = client.get("/api/incidents/", headers=headers)
    assert response.status_code == 200, response.content[:300]
    return response.json()["count"]


def test_http_basic_is_not_accepted(client, users, make_incident):
    make_incident()
    basic = base64.b64encode(f"viewer:{PASSWORD}".encode()).decode()
    assert count(client, Authorization=f"Basic {basic}") == 0  # seen as anonymous
    from rest_framework.settings import api_settings

    names = [cls.__name__ for cls in api_settings.DEFAULT_AUTHENTICATION_CLASSES]
    assert "BasicAuthentication" not in names


def test_session_counts_only_after_the_second_factor(client, users, make_incident):
    make_incident()
    device = add_device(users["viewer"])
    client.force_login(users["viewer"])  # password-only session of a user with a device
    assert count(client) == 0
    sign_in(client, "viewer", device)
    assert count(client) == 1
    plain = Client()
    plain.force_login(users["admin"])  # no device, none required: the session is enough
    assert count(plain) == 1


def test_token_page_creates_uses_and_revokes(client, users, make_incident):
    make_incident()
    device = add_device(users["viewer"])
    client.force_login(users["viewer"])
    assert client.get(reverse("tokens")).status_code == 302  # not without the code
    sign_in(client, "viewer", device)
    page = client.post(reverse("tokens"), {"action": "create", "name": "laptop script", "expires": "30"})
    key = page.context["new_key"]
    assert key.startswith("sw_") and page["Cache-Control"] == "no-store"
    token = ApiToken.objects.get(user=users["viewer"])
    assert token.key_hash == hash_token(key) and key not in token.key_hash and token.name == "laptop script"
    assert dt.timedelta(days=29) < token.expires - timezone.now() <= dt.timedelta(days=30)
    api = Client()
    assert count(api, Authorization=f"Token {key}") == 1
    assert count(api, Authorization=f"Bearer {key}") == 1
    token.refresh_from_db()
    assert token.last_used is not None
    assert key not in client.get(reverse("tokens")).content.decode()  # shown once only
    client.post(reverse("tokens"), {"action": "revoke", "token_id": token.pk})
    assert not ApiToken.objects.exists()
    assert api.get("/api/incidents/", headers={"Authorization": f"Token {key}"}).status_code == 401
    kinds = list(AccountEvent.objects.filter(user=users["viewer"]).values_list("kind", flat=True))
    assert "token_created" in kinds and "token_revoked" in kinds


def test_bad_expired_and_inactive_tokens_are_refused(client, users):
    from speechwatch.accounts.tokens import create_token

    token, key = create_token(users["viewer"], "old")
    assert client.get("/api/incidents/", headers={"Authorization": "Token sw_nope"}).status_code == 401
    ApiToken.objects.filter(pk=token.pk).update(expires=timezone.now() - dt.timedelta(seconds=1))
    assert client.get("/api/incidents/", headers={"Authorization": f"Token {key}"}).status_code == 401
    ApiToken.objects.filter(pk=token.pk).update(expires=None)
    assert client.get("/api/incidents/", headers={"Authorization": f"Token {key}"}).status_code == 200
    users["viewer"].is_active = False
    users["viewer"].save()
    assert client.get("/api/incidents/", headers={"Authorization": f"Token {key}"}).status_code == 401


def test_token_command(users, make_incident):
    make_incident()
    out = StringIO()
    call_command("token", "create", "viewer", "--name", "cron", "--days", "0", stdout=out)
    key = out.getvalue().strip()
    assert ApiToken.objects.get(name="cron").expires is None
    assert count(Client(), Authorization=f"Token {key}") == 1
    listing = StringIO()
    call_command("token", "list", "viewer", stdout=listing)
    assert "cron" in listing.getvalue() and key not in listing.getvalue()
    call_command("token", "revoke", "viewer", "--name", "cron", stdout=StringIO())
    assert not ApiToken.objects.exists()


def test_speechwatch_cli_dispatches_token(users, monkeypatch, capsys):
    from speechwatch import cli

    monkeypatch.setattr("sys.argv", ["speechwatch"])
    # run_from_argv closes every connection when it ends, which would end the test's transaction.
    monkeypatch.setattr("django.core.management.base.connections.close_all", lambda: None)
    try:
        cli.main(["token", "create", "viewer", "--name", "from-cli"])
    except SystemExit as exc:  # pragma: no cover - execute_from_command_line may exit 0
        assert not exc.code
    assert capsys.readouterr().out.strip().startswith("sw_")
    assert ApiToken.objects.filter(name="from-cli").exists()


def test_tokens_of_a_required_role_without_device_are_refused(client, users, settings):
    from speechwatch.accounts.tokens import create_token

    _token, key = create_token(users["editor"], "before the rule")
    assert client.get("/api/incidents/", headers={"Authorization": f"Token {key}"}).status_code == 200
    settings.SPEECHWATCH_REQUIRE_2FA = "editor"
    assert client.get("/api/incidents/", headers={"Authorization": f"Token {key}"}).status_code == 401
    add_device(users["editor"])
    assert client.get("/api/incidents/", headers={"Authorization": f"Token {key}"}).status_code == 200
