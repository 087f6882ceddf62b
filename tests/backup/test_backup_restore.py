"""`speechwatch backup` / `speechwatch restore`: an archive restores the database and the uploaded
files exactly (the export afterwards is byte-identical to the one before); a damaged or foreign
archive is refused and nothing changes; retention keeps the newest N."""

from __future__ import annotations

import datetime as dt
import io
import json
import stat
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from speechwatch.core import backup

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media(settings, tmp_path) -> Path:
    root = tmp_path / "media"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "report.pdf").write_bytes(b"%PDF-1.4 confidential source\n")
    (root / "sources" / "photo.jpg").write_bytes(bytes(range(256)) * 10)
    settings.MEDIA_ROOT = root
    return root


@pytest.fixture
def records(media):
    """A small database: users, a case, incidents with actors and sources, a proceeding."""
    from speechwatch.accounts.models import User
    from speechwatch.incidents import services
    from speechwatch.incidents.models import Case

    User.objects.create_user(username="editor", password="pw-secret-1", role="editor")
    actor, _ = services.actor_get_or_create("Daryn Sapar", "person", subkind="journalist")
    case = Case.objects.create(title="Akim v. Sapar")
    for n in range(3):
        services.incident_create(
            title=f"Incident {n}",
            date=dt.date(2024, 3, 5 + n),
            registered_month=dt.date(2024, 3, 1),
            primary_category="rights.attack",
            case=case,
            involvements=[(actor, "victim")],
            sources=[{"kind": "url", "url": f"https://example.org/{n}", "reliability": "B"}],
            places=["Almaty"],
        )


def _export() -> str:
    from speechwatch.core.management.commands.export_db import dumps
    from speechwatch.incidents.exchange import export_database

    return dumps(export_database())


def _media_state(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _change_everything(media: Path) -> None:
    from speechwatch.incidents.models import Actor, Incident

    first = Incident.objects.order_by("id").first()
    first.title = "Changed after the backup"
    first.save()
    Incident.objects.order_by("id").last().delete()
    Actor.objects.create(name="Someone new", kind="person")
    (media / "sources" / "report.pdf").write_bytes(b"overwritten")
    (media / "sources" / "photo.jpg").unlink()
    (media / "new.txt").write_text("added after the backup")


def _backup(out: Path, *extra: str) -> Path:
    stdout = io.StringIO()
    call_command("backup", "--output", str(out), *extra, stdout=stdout, stderr=io.StringIO())
    return Path(stdout.getvalue().strip())


def test_backup_change_restore_gives_back_the_same_export(records, media, tmp_path):
    before, files_before = _export(), _media_state(media)
    err = io.StringIO()
    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path / "backups"), stdout=out, stderr=err)
    archive = Path(out.getvalue().strip())
    assert archive.parent == tmp_path / "backups" and archive.name.endswith(".tar.gz")
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert "password hashes" in err.getvalue() and "2 uploaded file(s)" in err.getvalue()

    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = set(tar.getnames())
    assert manifest["format"] == "speechwatch.backup/1" and manifest["version"]
    assert manifest["database"]["engine"] in ("sqlite", "postgresql")
    assert "0001_initial" in manifest["migrations"]["incidents"]
    assert manifest["counts"]["incidents_incident"] == 3
    paths = {f["path"] for f in manifest["files"]}
    assert {"media/sources/report.pdf", "media/sources/photo.jpg", manifest["database"]["file"]} == paths
    assert all(len(f["sha256"]) == 64 for f in manifest["files"])
    assert names == paths | {"manifest.json"}

    _change_everything(media)
    assert _export() != before

    call_command("restore", str(archive), "--yes", stdout=io.StringIO(), stderr=io.StringIO())
    assert _export() == before
    assert _media_state(media) == files_before


def _repack(archive: Path, target: Path, change) -> Path:
    """Copy `archive` to `target`, letting `change(name, data)` return each member's new name and data."""
    with tarfile.open(archive) as src, tarfile.open(target, "w:gz") as dst:
        for member in src.getmembers():
            member.name, data = change(member.name, src.extractfile(member).read())
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    return target


def _flip_db_byte(name: str, data: bytes) -> tuple[str, bytes]:
    if name.startswith("database."):
        middle = len(data) // 2
        data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
    return name, data


def _other_engine(name: str, data: bytes) -> tuple[str, bytes]:
    """A consistent archive that claims the other engine (checksums still match)."""
    other = {"sqlite": "postgresql", "postgresql": "sqlite"}
    if name == "manifest.json":
        manifest = json.loads(data)
        engine = manifest["database"]["engine"] = other[manifest["database"]["engine"]]
        manifest["database"]["file"] = backup.DB_MEMBER[engine]
        for f in manifest["files"]:
            if f["path"].startswith("database."):
                f["path"] = backup.DB_MEMBER[engine]
        return name, json.dumps(manifest).encode()
    if name.startswith("database."):
        engine = next(e for e, member in backup.DB_MEMBER.items() if member != name)
        return backup.DB_MEMBER[engine], data
    return name, data


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("flip", "checksum mismatch for database."),
        ("truncate", "damaged"),
        ("engine", "restore it into a"),
        ("not_tar", "not a readable backup archive"),
        ("extra_file", "files not in the manifest: media/planted.txt"),
    ],
)
def test_damaged_or_foreign_archive_is_refused_and_nothing_changes(records, media, tmp_path, how, words):
    archive = _backup(tmp_path / "backups")
    _change_everything(media)
    changed, files_changed = _export(), _media_state(media)
    bad = tmp_path / f"bad-{how}.tar.gz"
    if how == "flip":
        _repack(archive, bad, _flip_db_byte)
    elif how == "truncate":
        bad.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    elif how == "engine":
        _repack(archive, bad, _other_engine)
    elif how == "not_tar":
        bad.write_text("hello")
    elif how == "extra_file":
        with tarfile.open(archive) as src, tarfile.open(bad, "w:gz") as dst:
            for m in src.getmembers():
                dst.addfile(m, src.extractfile(m))
            info = tarfile.TarInfo("media/planted.txt")
            info.size = 3
            dst.addfile(info, io.BytesIO(b"bad"))
    with pytest.raises(CommandError) as info:
        call_command("restore", str(bad), "--yes", stdout=io.StringIO(), stderr=io.StringIO())
    assert words in str(info.value) and "nothing was restored" in str(info.value)
    assert _export() == changed
    assert _media_state(media) == files_changed


def test_restore_asks_for_confirmation(records, media, tmp_path):
    archive = _backup(tmp_path / "backups")
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(archive), stdout=io.StringIO(), stderr=io.StringIO())


def test_retention_keeps_the_newest_n(records, tmp_path, settings):
    out = tmp_path / "backups"
    made = [_backup(out, "--keep", "2") for _ in range(4)]
    assert backup.list_backups(out) == made[-2:]
    settings.SPEECHWATCH_BACKUP_KEEP = 1
    settings.SPEECHWATCH_BACKUP_DIR = out
    stdout = io.StringIO()
    call_command("backup", stdout=stdout, stderr=io.StringIO())
    assert backup.list_backups(out) == [Path(stdout.getvalue().strip())]
