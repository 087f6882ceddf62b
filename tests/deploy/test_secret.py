"""The secret key module: environment first, else one generated key per installation, file mode 0600,
and exactly one key when several processes start at once."""

from __future__ import annotations

import stat
import threading
import time
from concurrent.futures import ProcessPoolExecutor

import pytest
from django.core.exceptions import ImproperlyConfigured

from speechwatch.config.secret import (
    KEY_FILE_NAME,
    MIN_LENGTH,
    OLD_DEV_KEY,
    _read_when_written,
    load_or_create_secret_key,
)


def test_environment_value_wins_and_no_file_is_written(tmp_path):
    assert load_or_create_secret_key(tmp_path, "from-the-environment") == "from-the-environment"
    assert not (tmp_path / KEY_FILE_NAME).exists()


def test_key_is_generated_once_with_mode_0600(tmp_path):
    data_dir = tmp_path / "not-yet-created"
    key = load_or_create_secret_key(data_dir, None)
    path = data_dir / KEY_FILE_NAME
    assert len(key) >= MIN_LENGTH and key != OLD_DEV_KEY
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_secret_key(data_dir, "") == key  # an empty variable counts as unset
    assert load_or_create_secret_key(tmp_path / "other", None) != key  # each installation its own


def test_an_existing_key_file_is_used(tmp_path):
    (tmp_path / KEY_FILE_NAME).write_text("k" * 60 + "\n")
    assert load_or_create_secret_key(tmp_path) == "k" * 60


def _key_in(path: str) -> str:
    return load_or_create_secret_key(path)


def test_processes_starting_together_agree_on_one_key(tmp_path):
    with ProcessPoolExecutor(max_workers=6) as pool:
        keys = list(pool.map(_key_in, [str(tmp_path)] * 24))
    assert len(set(keys)) == 1
    assert (tmp_path / KEY_FILE_NAME).read_text().strip() == keys[0]


def test_a_file_still_being_written_is_waited_for(tmp_path):
    path = tmp_path / KEY_FILE_NAME
    path.touch()

    def write_later() -> None:
        time.sleep(0.2)
        path.write_text("w" * 60)

    writer = threading.Thread(target=write_later)
    writer.start()
    try:
        assert _read_when_written(path, wait_seconds=5) == "w" * 60
    finally:
        writer.join()


def test_an_empty_key_file_is_an_error_not_an_empty_key(tmp_path):
    (tmp_path / KEY_FILE_NAME).touch()
    with pytest.raises(ImproperlyConfigured, match="secret_key is empty"):
        _read_when_written(tmp_path / KEY_FILE_NAME, wait_seconds=0.1)
