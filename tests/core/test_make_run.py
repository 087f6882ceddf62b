"""The README's `make run` path, end to end as subprocesses against a temporary SQLite database:
`speechwatch migrate`, `speechwatch demo`, `speechwatch serve --dev --port <free port>`, then the home page
and the API answer. Also a CLI round trip between two database files. Runs in the SQLite pass only
(no pytest database fixtures)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("SPEECHWATCH_DATABASE_URL", "").startswith("postgres"), reason="SQLite pass only"
    ),
]
CLI = [sys.executable, "-m", "speechwatch"]


def _env(tmp_path: Path, name: str) -> dict[str, str]:
    env = dict(os.environ)
    env["SPEECHWATCH_DATABASE_URL"] = f"sqlite:///{tmp_path / name}"
    env["SPEECHWATCH_DATA_DIR"] = str(tmp_path / "data")
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"speechwatch {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_make_run_serves_the_home_page(tmp_path):
    env = _env(tmp_path, "run.db")
    _run(["migrate"], env)
    demo = _run(["demo"], env)
    assert "admin / admin-demo-pw" in demo.stdout
    port = _free_port()
    server = subprocess.Popen(
        [*CLI, "serve", "--dev", "--host", "127.0.0.1", "--port", str(port)],  # as `make run` does
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline, status, body = time.monotonic() + 60, 0, ""
        while time.monotonic() < deadline:
            try:
                status, body = _get(f"http://127.0.0.1:{port}/")
                if status == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None, server.stdout.read()
            time.sleep(0.5)
        assert status == 200, f"home page answered {status}"
        assert "<html" in body.lower() and "speechwatch" in body.lower()
        status, api = _get(f"http://127.0.0.1:{port}/api/incidents/?limit=1")
        assert status == 200 and '"count":' in api
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def test_cli_round_trip_between_two_databases(tmp_path):
    first, second = _env(tmp_path, "a.db"), _env(tmp_path, "b.db")
    _run(["demo"], first)  # demo migrates the new database itself
    _run(["export", str(tmp_path / "a.json")], first)
    imported = _run(["import", str(tmp_path / "a.json")], second)
    assert "applying" in imported.stderr  # the empty database was migrated first, and it said so
    _run(["export", str(tmp_path / "b.json")], second)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    refused = subprocess.run([*CLI, "import", str(tmp_path / "a.json")], env=second, capture_output=True, text=True)
    assert refused.returncode == 1 and "--replace" in refused.stderr
