"""`speechwatch worker` refuses to start without a broker (it would wait on a localhost AMQP default)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from speechwatch.core.management.commands.worker import worker_argv


def test_worker_refuses_without_a_broker(settings):
    settings.CELERY_BROKER_URL = ""
    with pytest.raises(CommandError, match="SPEECHWATCH_BROKER_URL is not set"):
        call_command("worker")


def test_worker_command_line_exits_1_without_a_broker(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"SPEECHWATCH_BROKER_URL", "DJANGO_SETTINGS_MODULE"}}
    env["SPEECHWATCH_DATA_DIR"] = str(tmp_path)
    env["SPEECHWATCH_DATABASE_URL"] = f"sqlite:///{tmp_path / 'w.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "speechwatch", "worker"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "SPEECHWATCH_BROKER_URL is not set" in done.stderr


def test_worker_options_reach_celery():
    assert worker_argv(3, "reports,ingest", "INFO") == [
        "worker",
        "--concurrency=3",
        "--loglevel=INFO",
        "--queues=reports,ingest",
    ]
    assert worker_argv(1, None, "WARNING") == ["worker", "--concurrency=1", "--loglevel=WARNING"]
