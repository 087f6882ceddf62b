"""Operator commands: check, createuser, codebook, and the automatic migration helper."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from speechwatch.accounts.models import User
from speechwatch.codebook import codebook_dir
from speechwatch.core.dbcheck import ensure_migrated, pending_migrations
from speechwatch.vocab.models import Category

pytestmark = pytest.mark.django_db


def test_check_passes_on_a_migrated_database():
    out = io.StringIO()
    call_command("sw_check", stdout=out)
    text = out.getvalue()
    assert "all migrations applied" in text and "codebook loaded (25 categories" in text
    assert "[ERROR" not in text


def test_check_fails_without_codebook():

    Category.objects.all().delete()
    with pytest.raises(CommandError, match="problem"):
        call_command("sw_check", stdout=io.StringIO())


def test_ensure_migrated_is_a_no_op_when_current():
    assert pending_migrations() == []
    err = io.StringIO()
    assert ensure_migrated(err) == 0 and err.getvalue() == ""


def test_createuser_roles_and_errors():
    call_command("createuser", "ayan", "--role", "editor", "--password", "long-enough-1", "--email", "a@example.org",
                 stdout=io.StringIO())  # fmt: skip
    user = User.objects.get(username="ayan")
    assert user.role == "editor" and user.check_password("long-enough-1") and user.email == "a@example.org"
    with pytest.raises(CommandError, match="already exists"):
        call_command("createuser", "ayan", "--role", "viewer", "--password", "long-enough-2")
    with pytest.raises(CommandError, match="too short"):
        call_command("createuser", "bek", "--role", "viewer", "--password", "short")
    with pytest.raises(CommandError, match="email"):
        call_command("createuser", "bek", "--role", "viewer", "--password", "long-enough-3", "--email", "not-an-email")
    assert not User.objects.filter(username="bek").exists()
    call_command("createuser", "root", "--role", "admin", "--password", "long-enough-4", stdout=io.StringIO())
    assert User.objects.get(username="root").is_superuser


def test_codebook_command_loads_another_codebook(tmp_path):
    for name in ("typology", "legal_articles", "places"):
        shutil.copy(codebook_dir() / f"{name}.json", tmp_path / f"{name}.json")
    typology = json.loads((tmp_path / "typology.json").read_text())
    typology["version"] = "other-org-1"
    typology["categories"][0]["label"]["en"] = "Killing of a media worker (other org)"
    (tmp_path / "typology.json").write_text(json.dumps(typology))
    out = io.StringIO()
    call_command("codebook", str(tmp_path), stdout=out)
    assert "typology version other-org-1" in out.getvalue()
    assert Category.objects.get(code=typology["categories"][0]["code"]).label_en.endswith("(other org)")
    (tmp_path / "places.json").write_text("{broken")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("codebook", str(tmp_path))
