"""The one-page editor records a person's legal outcome: charges chosen among the proceeding's own
articles, custody, then (once the party is saved) sentences and bans; wrong ties are refused with the
field named and nothing written."""

from __future__ import annotations

import pytest
from django.urls import reverse

from speechwatch.incidents.models import Ban, Incident, ProceedingParty, Sentence
from speechwatch.vocab.models import Category, LegalArticle
from tests.web.conftest import editor_data
from tests.web.test_editor import _form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, users):
    client.force_login(users["editor"])
    return client


def _article(number: str) -> int:
    return LegalArticle.objects.get(code_id="CC", article=number).pk


def _data(kind: str = "criminal", charged: list[int] | None = None, role: str = "accused") -> dict:
    rows = {
        "bases": [{"article": _article("405"), "part": ""}, {"article": _article("174"), "part": ""}],
        "parties": [
            {
                "new_name": "Editor Chargedova", "new_kind": "person", "role": role, "confirmed": "on",
                "charged_articles": charged if charged is not None else [_article("405")],
                "custody_status": "house_arrest", "custody_since": "2024-02-10",
            },
            {"new_name": "Editor Witness", "new_kind": "person", "role": "other", "confirmed": "on"},
        ],
    }  # fmt: skip
    return editor_data(
        rows,
        title="An activist is tried for a post (made up)",
        primary_category=Category.objects.get(code="civic.prisoner").pk,
        **{"proc-kind": kind, "proc-filed_on": "2024-02-01"},
    )


def test_charges_custody_then_sentence_and_ban(editor):
    response = editor.post(reverse("web:incident_create"), _data())
    assert response.status_code == 302, response.context["editor"].summary
    party = ProceedingParty.objects.get(actor__name="Editor Chargedova")
    assert [b.article.article for b in party.charges.all()] == ["405"]
    assert party.custody_status == "house_arrest" and party.confirmed
    assert not ProceedingParty.objects.get(actor__name="Editor Witness").charges.exists()

    url = reverse("web:incident_edit", args=[Incident.objects.get().pk])
    page = editor.get(url)
    sentences = page.context["editor"].proceeding_sets["sentences"]
    assert list(sentences.forms[0].fields["party"].queryset) == [party]  # only the saved accused
    assert "Editor Chargedova (Accused)" in page.content.decode()
    data = _form_data(page)
    data.update({
        "sentences-TOTAL_FORMS": "1", "sentences-0-party": str(party.pk), "sentences-0-kind": "restricted_freedom",
        "sentences-0-term_years": "2", "sentences-0-sentenced_on": "2024-05-06", "sentences-0-is_current": "on",
        "bans-TOTAL_FORMS": "1", "bans-0-party": str(party.pk), "bans-0-kind": "journalism", "bans-0-term_years": "3",
        "bans-0-ends_on": "2030-05-06",
    })  # fmt: skip
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["editor"].summary
    sentence = Sentence.objects.get()
    assert (sentence.party, sentence.kind, sentence.term_years) == (party, "restricted_freedom", 2)
    ban = Ban.objects.get()
    assert ban.kind == "journalism" and ban.term_years == 3 and ban.ends_on.year == 2030
    assert [b.article.article for b in party.charges.all()] == ["405"]  # re-saving keeps the tie

    # the page shows what was recorded, in the reader's language
    detail = editor.get(reverse("web:incident_detail", args=[Incident.objects.get().pk])).content.decode()
    assert "house arrest" in detail and "restricted freedom 2 years" in detail and "ban on journalism" in detail


@pytest.mark.parametrize(
    "change, message",
    [
        ({"charged": [400]}, "Add CC 400 to the legal bases first"),
        ({"kind": "civil"}, "Only a criminal or administrative proceeding has charges"),
        ({"role": "victim"}, "Charges and custody belong to an accused or a defendant"),
    ],
)
def test_wrong_ties_are_refused_and_nothing_written(editor, change, message):
    if "charged" in change:
        change = {"charged": [_article("400")]}
    response = editor.post(reverse("web:incident_create"), _data(**change))
    assert response.status_code == 400
    assert any(message in text for _where, text in response.context["editor"].summary)
    assert not Incident.objects.exists() and not ProceedingParty.objects.exists()
