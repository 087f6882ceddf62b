"""/healthz: 200 with a real query on the test database (SQLite and PostgreSQL), 503 with a short
reason and nothing else when the database cannot be reached; error pages leak nothing."""

from __future__ import annotations

import json

import pytest
from django.db.utils import ConnectionHandler
from django.test import RequestFactory

from speechwatch.core import health


@pytest.mark.django_db
def test_healthz_answers_ok_after_a_database_query(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "Set-Cookie" not in response.headers and not response.cookies  # no session
    assert "no-store" in response["Cache-Control"]


def _broken(settings_dict: dict) -> object:
    return ConnectionHandler({"default": settings_dict})["default"]


def test_healthz_is_503_when_sqlite_cannot_be_opened(tmp_path, monkeypatch):
    missing = tmp_path / "no-such-directory" / "secret-name.db"
    broken = _broken({"ENGINE": "django.db.backends.sqlite3", "NAME": str(missing)})
    assert health.database_problem(broken) == "unreachable"
    monkeypatch.setattr(health, "connection", broken)  # the view's connection is a real, broken one
    response = health.healthz(RequestFactory().get("/healthz"))
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "error", "database": "unreachable"}
    assert b"secret-name" not in response.content and b"Traceback" not in response.content


def test_healthz_is_503_when_postgresql_refuses(monkeypatch):
    broken = _broken(
        {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "speechwatch",
            "USER": "someone",
            "PASSWORD": "dsn-password",
            "HOST": "127.0.0.1",
            "PORT": "1",
            "OPTIONS": {"connect_timeout": 2},
        }
    )
    monkeypatch.setattr(health, "connection", broken)
    response = health.healthz(RequestFactory().get("/healthz"))
    assert response.status_code == 503
    assert b"dsn-password" not in response.content and b"127.0.0.1" not in response.content


@pytest.mark.django_db
def test_404_page_lists_no_routes(client, settings):
    assert settings.DEBUG is False
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "URLconf" not in body and "api/" not in body.split("<main")[-1] and "Traceback" not in body


def test_500_page_needs_no_request_context_and_leaks_nothing():
    from django.template.loader import get_template
    from django.views.defaults import server_error

    source = get_template("500.html").template.source
    assert "{%" not in source and "{{" not in source  # plain HTML: renders even when the database is down
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500 and b"Server error" in response.content
