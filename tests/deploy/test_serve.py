"""The production server exactly as docs/deployment.md starts it: `speechwatch serve --host 127.0.0.1
--port P --workers 2` with a fresh data directory, no SPEECHWATCH_SECRET_KEY and DEBUG at its default.
Health, security headers, error pages, the generated key file, then a clean stop on SIGTERM.
SQLite pass only (a subprocess with its own database, no pytest database fixtures)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import stat
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
SPEECHWATCH = Path(sys.executable).parent / "speechwatch"  # .venv/bin/speechwatch, as documented


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode(errors="replace")


def _no_debug_page(body: str) -> None:
    for leak in ("Traceback", "DEBUG = True", "Using the URLconf", "speechwatch.config.urls", "SECRET_KEY"):
        assert leak not in body, leak


@pytest.fixture
def server(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SPEECHWATCH_SECRET_KEY", "SPEECHWATCH_DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        SPEECHWATCH_DATA_DIR=str(tmp_path / "data"),
        SPEECHWATCH_DATABASE_URL=f"sqlite:///{tmp_path / 'serve.db'}",
        SPEECHWATCH_ALLOWED_HOSTS="127.0.0.1",
        SPEECHWATCH_SECURE_COOKIES="0",
    )
    port = _free_port()
    log = (tmp_path / "server.log").open("w+")
    process = subprocess.Popen(
        [str(SPEECHWATCH), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # migrations and collectstatic run first
        while time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if _get(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("server did not answer /healthz:\n" + (tmp_path / "server.log").read_text())
        yield base, process, tmp_path
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        log.close()


def test_production_server_as_documented(server):
    base, process, tmp_path = server

    status, headers, body = _get(f"{base}/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok", "database": "ok"}

    status, headers, body = _get(f"{base}/")
    assert status == 200
    csp = headers["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert script_src.strip() == "'self'" and "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "<script>" not in body and " onchange=" not in body  # nothing inline for the CSP to block
    css = re.search(r'href="(/static/web/site\.[0-9a-f]+\.css)"', body)
    assert css, "static URLs are hashed (manifest storage, DEBUG off)"
    assert _get(base + css.group(1))[0] == 200  # served by WhiteNoise from STATIC_ROOT

    status, headers, body = _get(f"{base}/no-such-page/")
    assert status == 404
    _no_debug_page(body)
    assert "admin/" not in body and "healthz" not in body  # no list of routes

    status, headers, body = _get(f"{base}/api/incidents/?limit=99999999999999999999")
    assert 200 <= status < 600
    _no_debug_page(body)
    if status == 500:
        assert "Server error" in body  # the plain 500 template

    key_file = tmp_path / "data" / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 and len(key_file.read_text().strip()) >= 50

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0
    log = (tmp_path / "server.log").read_text()
    assert "GET /healthz" in log  # access log on stdout
    assert "Shutting down" in log
