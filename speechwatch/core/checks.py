"""Deployment checks of our own, run by `speechwatch check --deploy` (and Django's `check --deploy`).

Django's deployment checks name Django settings; an operator of speechwatch sets environment
variables, so every message here names the SPEECHWATCH_* variable to change. Some overlap with
Django's own (DEBUG, HSTS, cookies) on purpose: the hint is what differs. They are registered with
deploy=True, so a laptop running `speechwatch check` or the test suite never sees them.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Tags, register
from django.core.checks import Warning as CheckWarning

from speechwatch.config.secret import KEY_FILE_NAME, MIN_LENGTH, OLD_DEV_KEY

CSP_MIDDLEWARE = "speechwatch.core.security.SecurityHeadersMiddleware"


def _secret_key_messages() -> list[CheckMessage]:
    key = settings.SECRET_KEY
    if key == OLD_DEV_KEY:
        return [
            CheckWarning(
                "SECRET_KEY is the old development key, which is public: sessions and password-reset links "
                "can be forged.",
                hint="Unset SPEECHWATCH_SECRET_KEY (a random key is then generated in SPEECHWATCH_DATA_DIR/"
                "secret_key) or set it to a long random value.",
                id="speechwatch.W001",
            )
        ]
    if len(key) < MIN_LENGTH:
        return [
            CheckWarning(
                f"SECRET_KEY has {len(key)} characters; use at least {MIN_LENGTH}.",
                hint="Unset SPEECHWATCH_SECRET_KEY to use the generated key file, or set a longer random value.",
                id="speechwatch.W002",
            )
        ]
    key_file = Path(settings.DATA_DIR) / KEY_FILE_NAME
    if key_file.exists() and key_file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        return [
            CheckWarning(
                f"{key_file} can be read by other users.",
                hint=f"chmod 600 {key_file}",
                id="speechwatch.W003",
            )
        ]
    return []


@register(Tags.security, "speechwatch", deploy=True)
def check_production_settings(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """Settings a production installation needs (docs/deployment.md)."""
    messages = _secret_key_messages()
    if settings.DEBUG:
        messages.append(
            CheckWarning(
                "DEBUG is on: error pages show code, settings and SQL to anyone.",
                hint="Unset SPEECHWATCH_DEBUG or set it to false.",
                id="speechwatch.W004",
            )
        )
    hosts = settings.ALLOWED_HOSTS
    if not hosts or "*" in hosts:
        messages.append(
            CheckWarning(
                "ALLOWED_HOSTS is empty or a wildcard.",
                hint="Set SPEECHWATCH_ALLOWED_HOSTS to the site's host name(s), e.g. monitor.example.org.",
                id="speechwatch.W005",
            )
        )
    if not settings.SECURE_HSTS_SECONDS:
        messages.append(
            CheckWarning(
                "HSTS is off: browsers may still try plain HTTP first.",
                hint="Set SPEECHWATCH_HSTS_SECONDS=31536000 once HTTPS works.",
                id="speechwatch.W006",
            )
        )
    if not (settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE):
        messages.append(
            CheckWarning(
                "Session and CSRF cookies are also sent over plain HTTP.",
                hint="Unset SPEECHWATCH_SECURE_COOKIES (it is on when DEBUG is off) or set it to true.",
                id="speechwatch.W007",
            )
        )
    if CSP_MIDDLEWARE not in settings.MIDDLEWARE:
        messages.append(
            CheckWarning(
                "The Content-Security-Policy middleware is not installed.",
                hint=f"Keep {CSP_MIDDLEWARE} in MIDDLEWARE.",
                id="speechwatch.W008",
            )
        )
    return messages


@register(Tags.security, "speechwatch", deploy=True)
def check_production_services(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """Services a production installation should use: PostgreSQL and a job broker (no connection made)."""
    messages: list[CheckMessage] = []
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        messages.append(
            CheckWarning(
                f"The database is {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}, not PostgreSQL.",
                hint="SQLite suits a laptop or a single small office; for a server set "
                "SPEECHWATCH_DATABASE_URL=postgresql://user@host:5432/name.",
                id="speechwatch.W010",
            )
        )
    if not settings.CELERY_BROKER_URL:
        messages.append(
            CheckWarning(
                "No job broker: ingest and report jobs run in threads of the web processes.",
                hint="Set SPEECHWATCH_BROKER_URL=redis://127.0.0.1:6379/0 and run `speechwatch worker`.",
                id="speechwatch.W011",
            )
        )
    return messages
