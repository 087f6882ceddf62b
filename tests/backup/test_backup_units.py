"""Parts of the backup module that need no database."""

from __future__ import annotations

import pytest

from speechwatch.core import backup


def test_missing_pg_dump_is_named(monkeypatch):
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    with pytest.raises(backup.BackupError, match=r"pg_dump was not found on PATH.*postgresql-client"):
        backup._pg_tool("pg_dump")


def test_prune_keeps_newest_and_zero_keeps_all(tmp_path):
    names = [f"speechwatch-2026010{n}-000000-000000.tar.gz" for n in range(1, 6)]
    for name in names:
        (tmp_path / name).write_text("x")
    (tmp_path / "unrelated.tar.gz").write_text("x")
    assert backup.prune(tmp_path, 0) == []
    removed = backup.prune(tmp_path, 3)
    assert [p.name for p in removed] == names[:2]
    assert [p.name for p in backup.list_backups(tmp_path)] == names[2:]
    assert (tmp_path / "unrelated.tar.gz").exists()


@pytest.mark.parametrize("name", ["/etc/passwd", "../x", "media/../../x", "", "a//b"])
def test_unsafe_member_names(name):
    assert not backup._safe_member(name)
