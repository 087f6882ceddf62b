"""Export → import round trip is lossless; bad import files are refused with a message naming the
record and field, and nothing is written."""

from __future__ import annotations

import copy
import io
import json

import pytest
from django.core.management import CommandError, call_command

from speechwatch.core.management.commands.export_db import dumps
from speechwatch.incidents.exchange import ImportFileError, export_database, import_database
from speechwatch.incidents.exchange.importer import wipe
from speechwatch.incidents.models import Actor, Incident, MoneyAmount, Proceeding
from speechwatch.vocab.models import Category


@pytest.fixture(scope="module")
def demo_export(django_db_setup, django_db_blocker) -> dict:
    """The demo data set as an export, made once per module inside a transaction that is rolled back."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO(), stderr=io.StringIO())
        data = export_database()
        transaction.set_rollback(True)
    return data


@pytest.fixture
def exported(db, demo_export) -> dict:
    """A fresh copy of the demo export; the test database itself starts empty."""
    return copy.deepcopy(demo_export)


@pytest.fixture(scope="class")
def demo_imported(django_db_setup, django_db_blocker, demo_export) -> dict[str, int]:
    """The demo export (as read back from its file) imported once into the empty test database for all
    the tests of a class, inside an outer transaction rolled back after the last of them. Each test runs
    in its own savepoint inside it (pytest-django's `db`), so what one test changes is gone for the next
    and the order does not matter. Returns the import's counts. The database stays blocked between
    tests: only importing and unloading unblock it."""
    from tests.shared_rollback import close_shared, open_shared

    def fill() -> dict[str, int]:
        assert _counts() == (0, 0, 0, 0)  # an empty database
        return import_database(json.loads(dumps(demo_export)))

    outer, counts = open_shared(django_db_blocker, fill)
    try:
        yield counts
    finally:
        close_shared(django_db_blocker, outer)


def _counts() -> tuple[int, ...]:
    return (Incident.objects.count(), Proceeding.objects.count(), Actor.objects.count(), MoneyAmount.objects.count())


def test_round_trip_through_the_commands(exported, tmp_path):
    path_a, path_b = tmp_path / "a.json", tmp_path / "b.json"
    path_a.write_text(dumps(exported), encoding="utf-8")
    out = io.StringIO()
    call_command("import_db", str(path_a), stdout=out)
    assert "Imported" in out.getvalue()
    with pytest.raises(CommandError, match="already holds data"):
        call_command("import_db", str(path_a))
    call_command("import_db", str(path_a), "--replace", stdout=io.StringIO())
    call_command("export_db", str(path_b), stderr=io.StringIO())
    assert path_a.read_bytes() == path_b.read_bytes()
    data = json.loads(path_a.read_text())
    assert data["schema"] == "speechwatch.export/1"
    assert all(u["password"].startswith(("pbkdf2_", "argon2", "bcrypt", "md5")) for u in data["users"])
    amounts = [a["amount_kzt"] for p in data["proceedings"] for a in p["amounts"]]
    assert amounts and all(isinstance(a, int) for a in amounts)


def _mutate(data: dict, how: str) -> None:
    inc = data["incidents"][49]
    if how == "bad_date":
        inc["date"] = "2024-02-30"
    elif how == "unknown_category":
        inc["primary_category"] = "rights.teleportation"
    elif how == "oversized":
        inc["title"] = "x" * 301
    elif how == "missing_field":
        del inc["registered_month"]
    elif how == "unknown_article":
        next(p for p in data["proceedings"] if p["bases"])["bases"][0]["article"] = "CC 9999"
    elif how == "negative_amount":
        next(p for p in data["proceedings"] if p["amounts"])["amounts"][0]["amount_kzt"] = -100
    elif how == "float_amount":
        next(p for p in data["proceedings"] if p["amounts"])["amounts"][0]["amount_kzt"] = 1000.5
    elif how == "duplicate_actor":
        data["actors"].append({**data["actors"][0], "id": 99999, "aliases": []})
    elif how == "dangling_actor":
        next(i for i in data["incidents"] if i["involvements"])["involvements"][0]["actor"] = 424242
    elif how == "nul_text":
        inc["narrative"] = "hidden\x00byte"
    elif how == "follow_up_without_case":
        inc["is_follow_up"], inc["case"] = True, None


BAD = {
    "bad_date": ("incidents[49]", "date", "invalid date"),
    "unknown_category": ("incidents[49]", "primary_category", "unknown category"),
    "oversized": ("incidents[49]", "title", "at most 300"),
    "missing_field": ("incidents[49]", "registered_month", "missing"),
    "unknown_article": ("proceedings[", "article", "unknown legal article"),
    "negative_amount": ("amounts[0]", "amount_kzt", "greater than or equal to 0"),
    "float_amount": ("amounts[0]", "amount_kzt", "whole number"),
    "duplicate_actor": ("actors[", "name", "already exists"),
    "dangling_actor": ("involvements[0]", "actor", "unknown actor"),
    "follow_up_without_case": ("incidents[49]", "case", "follow-up"),
    "nul_text": ("incidents[49]", "narrative", "NUL"),
}


@pytest.mark.parametrize("how", sorted(BAD))
def test_half_valid_file_writes_nothing(exported, how):
    data = copy.deepcopy(exported)
    _mutate(data, how)
    with pytest.raises(ImportFileError) as info:
        import_database(data)
    record, field, words = BAD[how]
    message = str(info.value)
    assert record in message and f"'{field}'" in message and words in message, message
    assert _counts() == (0, 0, 0, 0)
    assert Category.objects.count() == 25


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"schema": "other/9"}', "'schema'"),
        ('{"schema": "speechwatch.export/1"}', "missing"),
    ],
)
def test_malformed_files_are_refused(db, tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError) as info:
        call_command("import_db", str(path))
    assert words in str(info.value)
    assert not Incident.objects.exists()
    assert Category.objects.count() == 25  # the codebook is untouched


def test_missing_and_binary_files(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_db", str(tmp_path / "absent.json"))
    path = tmp_path / "binary.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_db", str(path))


def test_export_file_is_private_and_says_what_it_holds(db, tmp_path):
    """The export holds password hashes and confidential records: mode 0600, also over an existing file."""
    import stat

    fresh, existing = tmp_path / "fresh.json", tmp_path / "existing.json"
    existing.write_text("old")
    existing.chmod(0o644)
    for path in (fresh, existing):
        err = io.StringIO()
        call_command("export_db", str(path), stderr=err)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert "password hashes" in err.getvalue() and "keep it private" in err.getvalue()
        assert json.loads(path.read_text())["schema"] == "speechwatch.export/1"


def _author_a_change(user) -> Incident:
    incident = Incident.objects.order_by("id").first()
    incident.title = "Edited by a person"
    incident._history_user = user
    incident.save()
    return incident


class TestFromTheImportedDemo:
    """Tests that start from the demo export imported into an empty database: the import is done once
    for all of them (`demo_imported`), each test runs in a savepoint rolled back after it."""

    def test_round_trip_is_lossless(self, demo_imported, exported):
        """Export of the demo database → import into an empty database (`demo_imported`, from this very
        file content) → export again: identical."""
        first = dumps(exported)
        counts = demo_imported
        assert counts["incidents"] == len(exported["incidents"]) > 100
        assert dumps(export_database()) == first
        wipe()  # and once more through --replace semantics on an emptied database
        import_database(json.loads(first))
        assert dumps(export_database()) == first

    def test_failed_replace_keeps_the_old_data(self, demo_imported, exported):
        before = _counts()
        first_title = Incident.objects.order_by("id").first().title
        data = copy.deepcopy(exported)
        data["incidents"][-1]["date"] = "2024-13-01"
        with pytest.raises(ImportFileError, match="field 'date'"):
            import_database(data, replace=True)  # it would wipe everything first, yet nothing changes
        assert _counts() == before
        assert Incident.objects.order_by("id").first().title == first_title

    def test_import_into_empty_database_keeps_ids_and_sequences(self, demo_imported, exported):
        top = max(i["id"] for i in exported["incidents"])
        assert Incident.objects.filter(pk=top).exists()
        from speechwatch.incidents import services

        new = services.incident_create(
            title="after import", registered_month="2024-04-01", primary_category="rights.attack"
        )  # the sequence was reset: no clash with imported ids
        assert new.pk > top

    def test_replace_keeps_users_their_devices_and_audit_authors(self, demo_imported, exported):
        """import --replace used to delete every user: their TOTP devices went with them and every
        audit-history row lost its author. Users named in the file are now updated in place."""
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from speechwatch.accounts.models import User

        user = User.objects.get(username=exported["users"][0]["username"])
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        incident = _author_a_change(user)
        history = incident.history.model
        authored = set(history.objects.filter(history_user=user).values_list("history_id", flat=True))
        assert authored

        before = dumps(export_database())
        import_database(json.loads(before), replace=True)

        assert User.objects.filter(pk=user.pk, username=user.username).exists()
        assert TOTPDevice.objects.filter(pk=device.pk, user_id=user.pk, confirmed=True).exists()
        assert set(history.objects.filter(history_user=user).values_list("history_id", flat=True)) == authored
        assert dumps(export_database()) == before  # still a lossless round trip

    def test_replace_refuses_to_drop_a_user_with_a_device_or_authorship(self, demo_imported, exported):
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from speechwatch.accounts.models import User

        extra = User.objects.create_user(username="not-in-file", password="pw-secret-1", role="editor")
        TOTPDevice.objects.create(user=extra, name="phone", confirmed=True)
        _author_a_change(extra)
        with pytest.raises(ImportFileError, match=r"not-in-file \(1 two-factor device\(s\), authorship of 1"):
            import_database(copy.deepcopy(exported), replace=True)
        assert TOTPDevice.objects.filter(user=extra).exists()
        assert Incident.objects.order_by("id").first().title == "Edited by a person"  # nothing changed

        # A user with nothing to lose is simply removed, as before.
        TOTPDevice.objects.filter(user=extra).delete()
        Incident.history.model.objects.filter(history_user=extra).update(history_user=None)
        import_database(copy.deepcopy(exported), replace=True)
        assert not User.objects.filter(username="not-in-file").exists()
