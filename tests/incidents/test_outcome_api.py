"""The API prints a party's structured outcome; an unconfirmed link's outcome only to users who may
create records (the public never sees an unchecked charge as a fact)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from django.test import Client

from speechwatch.incidents import services
from speechwatch.incidents.models import Actor, Proceeding, ProceedingBasis, ProceedingParty
from speechwatch.vocab.models import LegalArticle

pytestmark = pytest.mark.django_db


@pytest.fixture
def proc(users):
    inc = services.incident_create(
        user=users["editor"], title="Published trial (made up)", date=dt.date(2023, 5, 2),
        registered_month=dt.date(2023, 5, 1), primary_category="civic.prisoner", status="published",
    )  # fmt: skip
    proc = Proceeding.objects.create(incident=inc, kind="criminal", filed_on=dt.date(2023, 1, 9))
    article = LegalArticle.objects.get(code_id="CC", article="405")
    basis = ProceedingBasis.objects.create(proceeding=proc, article=article)
    shown = ProceedingParty.objects.create(
        proceeding=proc, actor=Actor.objects.create(name="Checked Person", kind="person"), role="accused"
    )
    hidden = ProceedingParty.objects.create(
        proceeding=proc, actor=Actor.objects.create(name="Unchecked Person", kind="person"), role="accused",
        confirmed=False,
    )  # fmt: skip
    for party in (shown, hidden):
        services.party_set_charges(party, [basis])
        services.party_set_custody(party, "pretrial_detention", dt.date(2023, 1, 9))
        sentence = services.sentence_record(party, "imprisonment", term_years=4, sentenced_on=dt.date(2023, 5, 2))
        services.ban_record(party, "journalism", sentence=sentence, term_years=2)
    return proc


def _parties(client: Client, proc: Proceeding) -> Iterator[dict[str, dict]]:
    """The parties by name, from the proceeding's own endpoint and from its incident's."""
    for url in (f"/api/proceedings/{proc.pk}/", f"/api/incidents/{proc.incident_id}/"):
        data = client.get(url).json()
        rows = data["parties"] if "parties" in data else data["proceedings"][0]["parties"]
        yield {p["name"]: p for p in rows}


def test_public_sees_confirmed_outcome_only(proc):
    for parties in _parties(Client(), proc):
        checked = parties["Checked Person"]
        assert checked["charges"] == [{"code": "CC", "article": "405", "part": ""}]
        assert checked["custody_status"] == "pretrial_detention" and checked["custody_since"] == "2023-01-09"
        assert checked["sentences"][0]["kind"] == "imprisonment" and checked["sentences"][0]["term_years"] == 4
        assert checked["bans"] == [{"kind": "journalism", "term_years": 2, "term_months": None, "term_days": None,
                                    "starts_on": None, "ends_on": None, "sentence": 0}]  # fmt: skip
        unchecked = parties["Unchecked Person"]
        assert unchecked["confirmed"] is False
        assert not {"charges", "sentences", "bans", "custody_status"} & set(unchecked)


def test_editor_sees_the_unconfirmed_outcome(proc, users):
    client = Client()
    client.force_login(users["editor"])
    for parties in _parties(client, proc):
        assert parties["Unchecked Person"]["charges"][0]["article"] == "405"
