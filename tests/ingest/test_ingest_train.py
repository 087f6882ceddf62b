"""Category confidence on drafts, "uncertain" on the review screen, and `speechwatch train` learning
from an editor's correction (run on SQLite and PostgreSQL like every database test)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from ingest_synthetic import extraction, line_of, report_text

from speechwatch.extraction import category_model
from speechwatch.incidents.models import Incident
from speechwatch.ingest.accept import accept_draft
from speechwatch.ingest.management.commands.train import default_weight
from speechwatch.ingest.models import DraftProposal
from speechwatch.ingest.store import store_extraction
from speechwatch.vocab.models import Category

# Like the fixture's September 12 story, in other words, with other names.
SIMILAR = ("The akimat of Ekibastuz refused to answer a written request from the weekly Ekibastuz Vestnik "
           "about the cost of repairing the central park, citing a commercial secret.")


@pytest.fixture
def stored(users):
    text = report_text()
    data = extraction(text)
    data["incidents"][0]["confidence"] = 0.31  # September 4: below category_model.UNCERTAIN_BELOW
    data["incidents"][1]["confidence"] = 0.92  # September 12
    data["incidents"][2]["confidence"] = "not a number"
    store_extraction(data, text, filename="monthly-2023-09-en.txt", user=users["monitor"])
    return text


def _incident(text: str, prefix: str) -> Incident:
    return Incident.objects.get(span_start=line_of(text, prefix)[0])


@pytest.mark.django_db
def test_drafts_carry_the_category_and_its_confidence(stored):
    low = _incident(stored, "September 4:").proposal
    high = _incident(stored, "September 12:").proposal
    odd = _incident(stored, "September 19:").proposal
    assert (low.proposed_category, low.category_confidence, low.category_uncertain) == ("rights.detention", 0.31, True)
    assert (high.proposed_category, high.category_confidence) == ("access.refusal", 0.92)
    assert not high.category_uncertain
    assert odd.category_confidence is None and not odd.category_uncertain  # unusable value: no claim either way


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "word"), [("en", "uncertain"), ("ru", "под вопросом"), ("kk", "күмәнді")])
def test_review_screen_marks_an_uncertain_category(client, users, stored, lang, word):
    client.force_login(users["editor"])
    client.cookies["django_language"] = lang
    low = client.get(reverse("ingest:draft", args=[_incident(stored, "September 4:").pk]),
                     HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    high = client.get(reverse("ingest:draft", args=[_incident(stored, "September 12:").pk]),
                      HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert 'id="category-confidence"' in low and ("0.31" in low or "0,31" in low)  # localised decimal mark
    assert f'<strong class="uncertain">{word}' in low
    assert 'id="category-confidence"' in high and ("0.92" in high or "0,92" in high)
    assert 'class="uncertain"' not in high
    listing = client.get(reverse("ingest:drafts"), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert listing.count('class="uncertain"') == 1 and f"({word})" in listing


@pytest.mark.django_db
def test_train_learns_an_editors_correction(stored, users, settings, tmp_path: Path):
    target = tmp_path / "installation" / "category_model.json"
    settings.SPEECHWATCH_CATEGORY_MODEL = target
    shipped = category_model.load(category_model.MODEL_PATH)
    before = category_model.predict(SIMILAR, "en", shipped)
    assert before and before[0][1] == "access.refusal"

    # nothing reviewed yet: the command says so and the model is the shipped one
    out = StringIO()
    call_command("train", "--dry-run", stdout=out)
    assert out.getvalue().startswith("0 reviewed drafts") and not target.exists()

    # the organisation files such refusals as censorship: an editor corrects the draft and accepts it
    incident = _incident(stored, "September 12:")
    incident.primary_category = Category.objects.get(code="access.censorship")
    incident.save(update_fields=["primary_category"])
    accept_draft(incident, user=users["editor"])
    assert DraftProposal.objects.get(incident=incident).status == DraftProposal.Status.ACCEPTED
    # another draft is corrected but not accepted yet; a third is accepted as proposed
    other = _incident(stored, "September 27:")
    other.primary_category = Category.objects.get(code="rights.threat")
    other.save(update_fields=["primary_category"])
    accept_draft(_incident(stored, "September 4:"), user=users["editor"])

    out = StringIO()
    call_command("train", stdout=out)
    assert "3 reviewed drafts (2 with a corrected category)" in out.getvalue()
    assert category_model.model_path() == target  # the installation's pipeline now reads the trained file
    after = category_model.predict(SIMILAR, "en")
    assert after[0][1] == "access.censorship", after[:3]
    # the shipped file is untouched; the trained one is the shipped counts plus the reviewed drafts
    assert category_model.load(category_model.MODEL_PATH).classes == shipped.classes
    trained = json.loads(target.read_text(encoding="utf-8"))
    base = json.loads(category_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert trained["docs"]["access.censorship"] == base["docs"]["access.censorship"] + default_weight(base)


@pytest.mark.django_db
def test_rejected_drafts_teach_nothing(stored, users):
    from speechwatch.ingest.accept import reject_draft

    incident = _incident(stored, "September 12:")
    incident.primary_category = Category.objects.get(code="access.censorship")
    incident.save(update_fields=["primary_category"])
    reject_draft(incident, user=users["editor"])
    out = StringIO()
    call_command("train", "--dry-run", stdout=out)
    assert out.getvalue().startswith("0 reviewed drafts")


def test_a_drafts_weight_keeps_pace_with_the_shipped_model() -> None:
    assert default_weight({"docs": {"a": 900, "b": 100}}) == 10  # never below ten
    assert default_weight({"docs": {"a": 3000, "b": 1000}}) == 20  # half a percent of the shipped stories
