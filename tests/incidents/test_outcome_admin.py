"""The admin fallback shows a party's structured outcome and offers only its own proceeding's bases
as charges."""

from __future__ import annotations

import datetime as dt

import pytest

from speechwatch.incidents.models import Actor, Incident, Proceeding, ProceedingBasis, ProceedingParty, Sentence
from speechwatch.vocab.models import Category, LegalArticle

pytestmark = pytest.mark.django_db


def test_party_admin_offers_only_own_bases_and_lists_sentences(admin_client):
    inc = Incident.objects.create(
        title="Admin check (made up)", registered_month=dt.date(2023, 1, 1),
        primary_category=Category.objects.get(code="civic.prisoner"), status="verified",
    )  # fmt: skip
    own = Proceeding.objects.create(incident=inc, kind="criminal")
    other = Proceeding.objects.create(incident=inc, kind="criminal")
    mine = ProceedingBasis.objects.create(proceeding=own, article=LegalArticle.objects.get(code_id="CC", article="405"))
    theirs = ProceedingBasis.objects.create(
        proceeding=other, article=LegalArticle.objects.get(code_id="CC", article="174")
    )
    party = ProceedingParty.objects.create(
        proceeding=own, actor=Actor.objects.create(name="Admin Viewov", kind="person"), role="accused"
    )
    Sentence.objects.create(party=party, kind="restricted_freedom", term_years=2)
    page = admin_client.get(f"/admin/incidents/proceedingparty/{party.pk}/change/")
    assert page.status_code == 200
    offered = list(page.context_data["adminform"].form.fields["charges"].queryset)
    assert offered == [mine] and theirs not in offered
    assert 'value="restricted_freedom" selected' in page.content.decode()  # the sentence inline
    urls = ("/admin/incidents/sentence/", "/admin/incidents/ban/", f"/admin/incidents/proceeding/{own.pk}/change/",
            f"/admin/incidents/proceedingparty/{party.pk}/history/")  # fmt: skip
    for url in urls:
        assert admin_client.get(url).status_code == 200
