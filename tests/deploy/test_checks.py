"""`speechwatch check --deploy`: a bad configuration gives our warnings (naming the SPEECHWATCH_*
variable to change); the configuration documented in docs/deployment.md (deploy/speechwatch.env.example)
gives none at all, Django's included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from speechwatch.config.secret import KEY_FILE_NAME, OLD_DEV_KEY
from speechwatch.core.checks import check_production_services, check_production_settings

ENV_EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "speechwatch.env.example"
CLI = [sys.executable, "-m", "speechwatch"]


def _ids(messages) -> set[str]:
    return {m.id for m in messages}


def test_bad_configuration_gives_warnings(settings):
    settings.DEBUG = True
    settings.SECRET_KEY = OLD_DEV_KEY
    settings.ALLOWED_HOSTS = ["*"]
    settings.SECURE_HSTS_SECONDS = 0
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "core.security" not in m]
    found = _ids(check_production_settings())
    assert {"speechwatch.W001", "speechwatch.W004", "speechwatch.W005", "speechwatch.W006"} <= found
    assert {"speechwatch.W007", "speechwatch.W008"} <= found
    message = next(m for m in check_production_settings() if m.id == "speechwatch.W004")
    assert "SPEECHWATCH_DEBUG" in message.hint


def test_short_key_and_readable_key_file_are_warned_about(settings, tmp_path):
    settings.SECRET_KEY = "short"
    assert "speechwatch.W002" in _ids(check_production_settings())
    settings.SECRET_KEY = "x" * 60
    settings.DATA_DIR = tmp_path
    (tmp_path / KEY_FILE_NAME).write_text("x" * 60)
    (tmp_path / KEY_FILE_NAME).chmod(0o644)
    assert "speechwatch.W003" in _ids(check_production_settings())
    (tmp_path / KEY_FILE_NAME).chmod(0o600)
    assert "speechwatch.W003" not in _ids(check_production_settings())


def _with_engine(databases: dict, engine: str) -> dict:
    return {**databases, "default": {**databases["default"], "ENGINE": engine}}


@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")
def test_sqlite_and_no_broker_are_warned_about(settings):
    settings.DATABASES = _with_engine(settings.DATABASES, "django.db.backends.sqlite3")
    settings.CELERY_BROKER_URL = ""
    assert _ids(check_production_services()) == {"speechwatch.W010", "speechwatch.W011"}
    settings.DATABASES = _with_engine(settings.DATABASES, "django.db.backends.postgresql")
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/0"
    assert check_production_services() == []


def documented_env(tmp_path: Path) -> dict[str, str]:
    """The process environment with deploy/speechwatch.env.example applied (data dir in tmp_path)."""
    # the test process's own switches (e.g. the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE) are no part of it
    skip = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPEECHWATCH_") and k not in skip}
    for line in ENV_EXAMPLE.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            env[name] = value.strip().strip('"')
    env["SPEECHWATCH_DATA_DIR"] = str(tmp_path)
    return env


RUN_CHECKS = """
import json, django
django.setup()
from django.core.checks import run_checks
print(json.dumps([[m.id, m.msg] for m in run_checks(include_deployment_checks=True)]))
"""


def _deploy_messages(env: dict[str, str]) -> list[list[str]]:
    env = {**env, "DJANGO_SETTINGS_MODULE": "speechwatch.config.settings"}
    done = subprocess.run([sys.executable, "-c", RUN_CHECKS], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_documented_configuration_has_no_security_warnings(tmp_path):
    messages = _deploy_messages(documented_env(tmp_path))
    ours_and_djangos = [m for m in messages if m[0].startswith(("security.", "speechwatch."))]
    assert ours_and_djangos == []
    assert (tmp_path / KEY_FILE_NAME).exists()  # no key in the env file: the installation generated one


def test_documented_configuration_passes_every_deploy_check(tmp_path):
    """The whole gate: no message from any app (e.g. drf-spectacular's schema warnings count too)."""
    assert _deploy_messages(documented_env(tmp_path)) == []


def test_check_deploy_command_fails_on_warnings(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "SPEECHWATCH_SECRET_KEY"}}
    env.update(
        SPEECHWATCH_DATA_DIR=str(tmp_path),
        SPEECHWATCH_DATABASE_URL=f"sqlite:///{tmp_path / 'c.db'}",
        SPEECHWATCH_DEBUG="1",
    )
    done = subprocess.run([*CLI, "check", "--deploy"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "speechwatch.W004" in done.stdout and "speechwatch.W010" in done.stdout
    assert "SPEECHWATCH_DEBUG" in done.stdout
