"""Export → import carries a person's structured legal outcome losslessly (charges by basis, custody,
sentences, bans and the sentence a ban came with); files written before these keys existed still
import; a charge naming a basis the proceeding does not have is refused, naming the record."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from speechwatch.core.management.commands.export_db import dumps
from speechwatch.incidents import services
from speechwatch.incidents.exchange import ImportFileError, export_database, import_database
from speechwatch.incidents.exchange.importer import wipe
from speechwatch.incidents.models import (
    Actor,
    Ban,
    Incident,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    Sentence,
)
from speechwatch.vocab.models import Category, LegalArticle

pytestmark = pytest.mark.django_db


@pytest.fixture
def outcome(db):
    inc = Incident.objects.create(
        title="Two people tried together (made up)",
        date=dt.date(2022, 4, 5),
        registered_month=dt.date(2022, 4, 1),
        primary_category=Category.objects.get(code="civic.prisoner"),
        status="published",
    )
    proc = Proceeding.objects.create(incident=inc, kind="criminal", filed_on=dt.date(2022, 1, 10))
    b405 = ProceedingBasis.objects.create(
        proceeding=proc, article=LegalArticle.objects.get(code_id="CC", article="405"), part="1"
    )
    b274 = ProceedingBasis.objects.create(
        proceeding=proc, article=LegalArticle.objects.get(code_id="CC", article="274"), part="2"
    )
    first = ProceedingParty.objects.create(
        proceeding=proc, actor=Actor.objects.create(name="Arman Roundtripov", kind="person"), role="accused"
    )
    second = ProceedingParty.objects.create(
        proceeding=proc,
        actor=Actor.objects.create(name="Gulnar Secondova", kind="person"),
        role="defendant",
        confirmed=False,
    )
    services.party_set_charges(first, [b405, b274])
    services.party_set_charges(second, [b274])
    services.party_set_custody(first, "serving_sentence", dt.date(2022, 4, 5))
    old = services.sentence_record(first, "imprisonment", term_years=7, sentenced_on=dt.date(2022, 4, 5))
    new = services.sentence_record(
        first, "imprisonment", term_years=5, term_months=3, term_days=10, sentenced_on=dt.date(2022, 7, 1),
        starts_on=dt.date(2022, 4, 5), ends_on=dt.date(2027, 7, 15), replaces=old, note="appeal cut the term",
    )  # fmt: skip
    services.ban_record(first, "public_activity", sentence=new, term_years=3)
    services.ban_record(first, "supervision", term_months=18, starts_on=dt.date(2027, 7, 16))
    services.sentence_record(second, "fine", fine_kzt=1_530_000, is_suspended=False)
    return proc


def _party_rows() -> list[dict]:
    return [p for row in export_database()["proceedings"] for p in row["parties"]]


def test_outcome_round_trip_is_lossless(outcome):
    first = dumps(export_database())
    parties = _party_rows()
    assert parties[0]["charges"] == [{"article": "CC 274", "part": "2"}, {"article": "CC 405", "part": "1"}]
    assert [s["is_current"] for s in parties[0]["sentences"]] == [False, True]
    assert [b["sentence"] for b in parties[0]["bans"]] == [1, None]
    assert parties[1]["confirmed"] is False and parties[1]["sentences"][0]["fine_kzt"] == 1_530_000
    wipe()
    assert not Sentence.objects.exists() and not Ban.objects.exists()
    import_database(json.loads(first))
    assert dumps(export_database()) == first
    party = ProceedingParty.objects.get(actor__name="Arman Roundtripov")
    assert sorted(b.article.article for b in party.charges.all()) == ["274", "405"]
    assert all(b.proceeding_id == party.proceeding_id for b in party.charges.all())
    ban = party.bans.get(kind="public_activity")
    assert ban.sentence.term_years == 5 and ban.sentence.is_current
    assert party.custody_status == "serving_sentence" and party.custody_since == dt.date(2022, 4, 5)


def test_files_without_outcome_keys_still_import(outcome):
    data = export_database()
    for row in data["proceedings"]:
        row["parties"] = [{"actor": p["actor"], "role": p["role"]} for p in row["parties"]]
    wipe()
    import_database(copy.deepcopy(data))
    party = ProceedingParty.objects.get(actor__name="Gulnar Secondova")
    assert party.confirmed and not party.charges.exists() and not party.custody_status


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda p: p["charges"].append({"article": "CC 174", "part": ""}), "not a basis of this proceeding"),
        (lambda p: p["bans"][0].update(sentence=9), "unknown sentence 9"),
        (lambda p: p.update(custody_status="on_the_moon"), "custody_status"),
        (lambda p: p["sentences"][0].update(kind="exile_to_mars"), "kind"),
        (lambda p: p["sentences"][0].update(term_years="five"), "term_years"),
    ],
)
def test_bad_outcome_is_refused_naming_the_field(outcome, change, words):
    data = export_database()
    change(data["proceedings"][0]["parties"][0])
    wipe()
    with pytest.raises(ImportFileError, match=words) as err:
        import_database(data)
    assert "parties[0]" in str(err.value)
    assert not Proceeding.objects.exists()


def test_charges_are_audited(outcome, users):
    """Who tied a person to which charge, and when, stays in the party's history."""
    party = ProceedingParty.objects.get(actor__name="Gulnar Secondova")
    services.party_set_charges(party, list(party.proceeding.bases.all()), user=users["editor"])
    latest = party.history.first()
    assert latest.history_user == users["editor"]
    assert sorted(c.proceedingbasis.article.article for c in latest.charges.all()) == ["274", "405"]
    assert sorted(c.proceedingbasis.article.article for c in party.history.last().charges.all()) == []
