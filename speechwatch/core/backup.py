"""Backups that restore: one archive with the database, the uploaded files and a manifest.

`speechwatch backup` writes `speechwatch-YYYYMMDD-HHMMSS-ffffff.tar.gz` (mode 0600, it holds password
hashes and confidential records) into SPEECHWATCH_BACKUP_DIR:

    manifest.json        format, version, created, database engine, applied migrations,
                         every file with its size and sha256, row counts per table
    database.sqlite3     SQLite: a consistent copy made with SQLite's online backup API
    database.pgdump      PostgreSQL: `pg_dump --format=custom`
    media/...            every file under MEDIA_ROOT (uploaded source documents)

A file copy of a live SQLite database can catch it half-written (and misses the WAL); the backup API
and pg_dump both take a consistent snapshot while the site keeps running.

`speechwatch restore ARCHIVE` checks everything before it changes anything: the manifest's format,
the engine (a PostgreSQL dump is not restored into SQLite or the reverse), migrations this code does
not know, every member's checksum, and that the archive holds nothing the manifest does not list.
Only then does it replace the database (`pg_restore --clean --if-exists --single-transaction`, or the
backup API in the other direction) and the files under MEDIA_ROOT.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.db import connection

FORMAT = "speechwatch.backup/1"
MANIFEST = "manifest.json"
DB_MEMBER = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
MEDIA_PREFIX = "media/"
PREFIX = "speechwatch-"
SUFFIX = ".tar.gz"
DEFAULT_KEEP = 14


class BackupError(Exception):
    """A backup could not be written or an archive cannot be restored; the message says why. A
    refused restore has changed nothing."""


# -- settings -----------------------------------------------------------------------------------------------------


def backup_dir() -> Path:
    """SPEECHWATCH_BACKUP_DIR (setting or environment), default DATA_DIR/backups."""
    value = getattr(settings, "SPEECHWATCH_BACKUP_DIR", None) or os.environ.get("SPEECHWATCH_BACKUP_DIR")
    return Path(value) if value else Path(settings.DATA_DIR) / "backups"


def default_keep() -> int:
    """SPEECHWATCH_BACKUP_KEEP (setting or environment), default 14 (a fortnight of nightly backups)."""
    value = getattr(settings, "SPEECHWATCH_BACKUP_KEEP", None)
    if value is None:
        value = os.environ.get("SPEECHWATCH_BACKUP_KEEP")
    return int(value) if value not in (None, "") else DEFAULT_KEEP


def engine() -> str:
    """'sqlite' or 'postgresql' (the only engines speechwatch supports)."""
    vendor = connection.vendor
    if vendor not in DB_MEMBER:
        raise BackupError(f"backups support SQLite and PostgreSQL, not {vendor}")
    return vendor


# -- helpers ------------------------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def applied_migrations() -> dict[str, list[str]]:
    """The migration state of the database: applied migrations per app, sorted."""
    from django.db.migrations.recorder import MigrationRecorder

    state: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        state.setdefault(app, []).append(name)
    return state


def table_counts() -> dict[str, int]:
    """Rows per table of every installed model that has a table (a cheap check after a restore)."""
    from django.apps import apps

    tables = set(connection.introspection.table_names())
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        table = model._meta.db_table
        if table in tables and not model._meta.proxy and table not in counts:
            counts[table] = model._base_manager.using(connection.alias).count()
    return dict(sorted(counts.items()))


def _pg_env_and_args() -> tuple[dict[str, str], list[str]]:
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    args = []
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    return env, args


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} was not found on PATH; install the PostgreSQL client tools of the server's version "
            f"(Debian/Ubuntu: apt install postgresql-client) and try again"
        )
    return path


def _run(cmd: list[str], env: dict[str, str], what: str) -> None:
    # The command is a fixed tool path and arguments from settings, never a shell string.
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{what} failed (exit {result.returncode}): {result.stderr.strip() or result.stdout.strip()}")


def _dump_database(kind: str, target: Path) -> None:
    if kind == "sqlite":
        connection.ensure_connection()
        dest = sqlite3.connect(target)
        try:
            connection.connection.backup(dest)  # one step: a consistent snapshot, WAL included
        finally:
            dest.close()
    else:
        env, args = _pg_env_and_args()
        name = str(settings.DATABASES["default"]["NAME"])
        cmd = [_pg_tool("pg_dump"), "--format=custom", "--no-password", *args, "--file", str(target), name]
        _run(cmd, env, "pg_dump")
    os.chmod(target, 0o600)


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _archive_name(now: dt.datetime) -> str:
    return f"{PREFIX}{now.strftime('%Y%m%d-%H%M%S-%f')}{SUFFIX}"


# -- backup -------------------------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    path: Path
    manifest: dict[str, Any]
    removed: list[Path]


def create_backup(output: Path | None = None, keep: int | None = None) -> BackupResult:
    """Write one archive into `output` (default SPEECHWATCH_BACKUP_DIR) and prune to the newest `keep`."""
    from speechwatch import __version__

    kind = engine()
    out_dir = Path(output) if output else backup_dir()
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = dt.datetime.now(dt.UTC)
    final = out_dir / _archive_name(now)
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=out_dir) as tmp:
        db_file = Path(tmp) / DB_MEMBER[kind]
        counts = table_counts()
        _dump_database(kind, db_file)
        media_root = Path(settings.MEDIA_ROOT)
        media = _media_files()
        files = [{"path": DB_MEMBER[kind], "size": db_file.stat().st_size, "sha256": sha256_file(db_file)}]
        for p in media:
            rel = p.relative_to(media_root).as_posix()
            files.append({"path": MEDIA_PREFIX + rel, "size": p.stat().st_size, "sha256": sha256_file(p)})
        manifest = {
            "format": FORMAT,
            "version": __version__,
            "created": now.isoformat(),
            "database": {"engine": kind, "file": DB_MEMBER[kind]},
            "migrations": applied_migrations(),
            "files": files,
            "counts": counts,
        }
        manifest_bytes = (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
        partial = out_dir / (final.name + ".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mode, info.mtime = len(manifest_bytes), 0o600, int(now.timestamp())
                tar.addfile(info, io.BytesIO(manifest_bytes))
                tar.add(db_file, arcname=DB_MEMBER[kind], recursive=False)
                for p in media:
                    tar.add(p, arcname=MEDIA_PREFIX + p.relative_to(media_root).as_posix(), recursive=False)
                raw.flush()
                os.fsync(raw.fileno())
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        os.replace(partial, final)
    removed = prune(out_dir, default_keep() if keep is None else keep)
    return BackupResult(path=final, manifest=manifest, removed=removed)


def list_backups(directory: Path) -> list[Path]:
    """This tool's archives in `directory`, oldest first (the name carries the UTC time)."""
    return sorted(p for p in directory.glob(f"{PREFIX}*{SUFFIX}") if p.is_file())


def prune(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` archives (0 keeps everything); returns what was deleted."""
    if keep <= 0:
        return []
    old = list_backups(directory)[:-keep]
    for p in old:
        p.unlink()
    return old


# -- restore ------------------------------------------------------------------------------------------------------


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == path.as_posix() and name != ""


def verify_archive(archive: Path, extract_to: Path) -> dict[str, Any]:
    """Check the archive completely and extract it into `extract_to`; returns the manifest. Raises
    BackupError on anything wrong (nothing outside `extract_to` is touched)."""
    if not archive.is_file():
        raise BackupError(f"{archive}: no such file")
    try:
        tar = tarfile.open(archive, mode="r:gz")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(f"{archive}: not a readable backup archive ({exc})") from None
    with tar:
        try:
            members = tar.getmembers()
        except (tarfile.TarError, OSError, EOFError, Exception) as exc:
            raise BackupError(f"{archive}: the archive is damaged ({exc})") from None
        names = [m.name for m in members]
        if MANIFEST not in names:
            raise BackupError(f"{archive}: no {MANIFEST}; not a speechwatch backup")
        for m in members:
            if not m.isfile() or not _safe_member(m.name):
                raise BackupError(f"{archive}: unexpected member {m.name!r} (only plain files are allowed)")
        if len(set(names)) != len(names):
            raise BackupError(f"{archive}: a member appears twice")
        try:
            tar.extractall(extract_to, filter="data")
        except (tarfile.TarError, OSError, EOFError, Exception) as exc:
            raise BackupError(f"{archive}: the archive is damaged ({exc})") from None
    try:
        manifest = json.loads((extract_to / MANIFEST).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError(f"{archive}: {MANIFEST} is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            f"{archive}: unknown backup format {manifest.get('format') if isinstance(manifest, dict) else None!r}"
        )
    listed = {f["path"]: f for f in manifest.get("files", [])}
    unlisted = sorted(set(names) - set(listed) - {MANIFEST})
    if unlisted:
        raise BackupError(f"{archive}: files not in the manifest: {', '.join(unlisted[:5])}")
    for path, entry in listed.items():
        target = extract_to / path
        if not target.is_file():
            raise BackupError(f"{archive}: {path} is listed in the manifest but missing")
        if target.stat().st_size != entry.get("size") or sha256_file(target) != entry.get("sha256"):
            raise BackupError(f"{archive}: checksum mismatch for {path}; the archive is damaged or was altered")
    kind = manifest.get("database", {}).get("engine")
    if kind not in DB_MEMBER or manifest["database"].get("file") != DB_MEMBER[kind] or DB_MEMBER[kind] not in listed:
        raise BackupError(f"{archive}: the manifest names no usable database dump")
    return manifest


def check_compatible(manifest: dict[str, Any]) -> None:
    """Refuse an archive of another engine, or one made by code with migrations this code lacks."""
    from django.db.migrations.loader import MigrationLoader

    here = engine()
    there = manifest["database"]["engine"]
    if there != here:
        raise BackupError(
            f"the backup is of a {there} database and this one is {here}; restore it into a {there} database "
            "(or move data between engines with speechwatch export / import)"
        )
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = [f"{app}.{name}" for app, names in manifest.get("migrations", {}).items() for name in names
               if (app, name) not in known]  # fmt: skip
    if unknown:
        raise BackupError(
            "the backup was made by a newer speechwatch (its database has migrations this version does not "
            f"know: {', '.join(unknown[:5])}); upgrade speechwatch first"
        )


def _restore_database(kind: str, dump: Path) -> None:
    if kind == "sqlite":
        source = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
        try:
            problem = source.execute("PRAGMA integrity_check").fetchone()[0]
            if problem != "ok":
                raise BackupError(f"the database in the backup fails SQLite's integrity check: {problem}")
            connection.ensure_connection()
            if connection.in_atomic_block:
                raise BackupError("restore cannot run inside a database transaction")
            source.backup(connection.connection)  # replaces every page of the live database at once
        finally:
            source.close()
    else:
        env, args = _pg_env_and_args()
        name = str(settings.DATABASES["default"]["NAME"])
        connection.close()  # our own session must not hold locks on the tables pg_restore drops
        cmd = [
            _pg_tool("pg_restore"), "--clean", "--if-exists", "--single-transaction", "--no-owner",
            "--no-privileges", "--no-password", *args, "--dbname", name, str(dump),
        ]  # fmt: skip
        _run(cmd, env, "pg_restore")


def _restore_media(extracted: Path) -> None:
    """Make MEDIA_ROOT hold exactly the archive's files: the new tree is built next to it and swapped
    in with renames, so a failure half-way leaves the old files in place."""
    root = Path(settings.MEDIA_ROOT)
    root.parent.mkdir(parents=True, exist_ok=True)
    source = extracted / MEDIA_PREFIX.rstrip("/")
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}-restore-", dir=root.parent))
    try:
        if source.is_dir():
            shutil.copytree(source, staging, dirs_exist_ok=True)
        old = root.with_name(f".{root.name}-old-{os.getpid()}")
        if root.exists():
            os.replace(root, old)
        os.replace(staging, root)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


@dataclass
class RestorePlan:
    """A verified archive, extracted into a private temporary directory, ready to restore."""

    archive: Path
    manifest: dict[str, Any]
    workdir: tempfile.TemporaryDirectory

    @property
    def root(self) -> Path:
        return Path(self.workdir.name)

    def describe(self) -> str:
        m = self.manifest
        media = sum(1 for f in m["files"] if f["path"].startswith(MEDIA_PREFIX))
        return (
            f"{self.archive.name}: {m['database']['engine']} database of {m['created']} (speechwatch {m['version']}), "
            f"{m.get('counts', {}).get('incidents_incident', '?')} incidents, {media} uploaded file(s)"
        )

    def restore(self) -> None:
        kind = self.manifest["database"]["engine"]
        _restore_database(kind, self.root / DB_MEMBER[kind])
        _restore_media(self.root)

    def close(self) -> None:
        self.workdir.cleanup()


def prepare_restore(archive: Path) -> RestorePlan:
    """Verify `archive` against its manifest and this installation; nothing is changed yet."""
    workdir = tempfile.TemporaryDirectory(prefix="speechwatch-restore-")
    os.chmod(workdir.name, 0o700)
    try:
        manifest = verify_archive(Path(archive), Path(workdir.name))
        check_compatible(manifest)
    except BaseException:
        workdir.cleanup()
        raise
    return RestorePlan(archive=Path(archive), manifest=manifest, workdir=workdir)
