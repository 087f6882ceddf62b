"""The SECRET_KEY: from the environment, else a per-installation key file, generated once.

A fixed fallback key would be public (it is in the source), and anyone who knows it can forge
sessions and password-reset tokens, so there is none: an installation without
SPEECHWATCH_SECRET_KEY gets its own random key in DATA_DIR/secret_key, readable only by its owner.
Several processes may start at once (gunicorn workers, a Celery worker, a CLI command); the file is
created with O_CREAT|O_EXCL so exactly one of them writes it and the others read that key.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

KEY_FILE_NAME = "secret_key"
#: The key older versions fell back to; `speechwatch check --deploy` refuses it.
OLD_DEV_KEY = "dev-only-insecure-key-change-me-in-production"
MIN_LENGTH = 50


def _read(path: Path) -> str:
    return path.read_text(encoding="ascii").strip()


def _read_when_written(path: Path, wait_seconds: float = 5.0) -> str:
    """Read a key file another process has just created: it may still be empty for a moment."""
    deadline = time.monotonic() + wait_seconds
    while True:
        key = _read(path)
        if key:
            return key
        if time.monotonic() > deadline:
            raise ImproperlyConfigured(
                f"{path} is empty: delete it (a new key is then generated) or set SPEECHWATCH_SECRET_KEY"
            )
        time.sleep(0.05)


def load_or_create_secret_key(data_dir: Path, env_value: str | None = None) -> str:
    """Return env_value if set, else the key in data_dir/secret_key, creating it (mode 0600) if missing."""
    if env_value:
        return env_value
    path = Path(data_dir) / KEY_FILE_NAME
    if path.exists():
        return _read_when_written(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it between our exists() and open()
        return _read_when_written(path)
    key = secrets.token_urlsafe(MIN_LENGTH)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return key
