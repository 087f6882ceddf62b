"""Storing an extraction: one document, its figures, its drafts with actors, places, cases, proceedings."""

from __future__ import annotations

import datetime as dt

import pytest
from ingest_synthetic import extraction, line_of, report_text

from speechwatch.incidents.models import (
    Actor,
    ActorAlias,
    Case,
    Incident,
    Involvement,
    MoneyAmount,
    Proceeding,
    PublishedFigure,
    SourceDocument,
)
from speechwatch.ingest.drafts import registration_month
from speechwatch.ingest.store import store_extraction

D = dt.date


def _store(data=None, text=None, name="monthly-2023-09-en.txt", user=None):
    text = report_text() if text is None else text
    return store_extraction(data or extraction(text), text, filename=name, user=user)


def _accept_all(user=None) -> int:
    """Press Accept on every draft as proposed (the code path of the review page and --accept)."""
    from speechwatch.ingest.accept import accept_document

    return sum(accept_document(doc, user=user)[0] for doc in SourceDocument.objects.order_by("pk"))


def _counts() -> tuple[int, ...]:
    return tuple(
        m.objects.count()
        for m in (SourceDocument, PublishedFigure, Incident, Actor, Involvement, Proceeding, MoneyAmount, Case)
    )


@pytest.mark.django_db
def test_document_figures_and_drafts_are_stored_with_their_spans():
    text = report_text()
    result = _store()
    assert result.created and (result.figures, result.incidents) == (9, 4)
    doc = SourceDocument.objects.get()
    assert (doc.format, doc.language, doc.kind, doc.publisher) == ("txt", "en", "monthly", "Steppe Media Watch")
    assert (doc.period_start, doc.period_end) == (D(2023, 9, 1), D(2023, 9, 30))
    assert doc.text == text and doc.extraction["schema"] == "speechwatch.extract/1"

    fig = PublishedFigure.objects.get(measure="legal.civil")
    assert (fig.scope, fig.value, fig.period_start, fig.period_end) == ("period", 4, D(2023, 9, 1), D(2023, 9, 30))
    assert (
        fig.wording
        == text[fig.span_start : fig.span_end]
        == ("4 court and pre-trial claims against media in civil proceedings")
    )
    assert fig.source_document == doc and fig.publisher == "Steppe Media Watch"

    drafts = Incident.objects.filter(source_document=doc).order_by("date")
    assert [i.status for i in drafts] == ["draft"] * 4
    assert {i.registered_month for i in drafts} == {D(2023, 9, 1)}
    first = drafts[0]
    assert first.narrative == text[first.span_start : first.span_end]
    assert first.narrative.startswith("September 4: In Karaganda")
    assert first.title == "Police in Karaganda detained a reporter filming a miners' protest."
    assert first.primary_category.code == "rights.detention"
    assert [c.code for c in first.secondary_categories.all()] == ["rights.obstruction"]
    assert not first.involvements.exists() and Actor.objects.count() == 0  # proposed, not created
    assert {(a["name"], a["kind"], a["role"]) for a in first.proposal.actors} == {
        ("Dariga Omarbekova", "person", "victim"),
        ("Sary-Arka Today", "outlet", "other"),
    }
    _accept_all()
    first.refresh_from_db()
    assert first.status == "verified"
    assert {(v.actor.name, v.actor.kind, v.role) for v in first.involvements.all()} == {
        ("Dariga Omarbekova", "person", "victim"),
        ("Sary-Arka Today", "outlet", "other"),
    }
    place = first.incident_places.get()
    assert place.place.name_en == "Karaganda" and place.region_then.code == "karaganda"
    assert first.sources.get().kind == "document"


@pytest.mark.django_db
def test_legal_bases_and_amounts_become_a_proceeding():
    _store()
    lawsuit = Incident.objects.get(primary_category__code="legal.civil")
    assert Proceeding.objects.count() == 0 and MoneyAmount.objects.count() == 0
    proposed = lawsuit.proposal.proceeding
    assert (proposed["kind"], proposed["is_honor_claim"], proposed["filed_on"]) == ("civil", True, "2023-09-19")
    assert [(b["code"], b["article"]) for b in proposed["bases"]] == [("CivC", "143")]
    assert [(a["kind"], a["kzt"], a["scope"], a["count"]) for a in lawsuit.proposal.amounts] == [
        ("claimed", 5_000_000, "period", True)
    ]
    _accept_all()
    proc = lawsuit.proceedings.get()
    assert (proc.kind, proc.is_honor_claim, proc.filed_on) == ("civil", True, D(2023, 9, 19))
    assert [(b.article.code_id, b.article.article) for b in proc.bases.all()] == [("CivC", "143")]
    amount = proc.amounts.get()
    assert (amount.kind, amount.amount_kzt) == ("claimed", 5_000_000) and isinstance(amount.amount_kzt, int)
    assert {(p.actor.name, p.role) for p in proc.parties.all()} == {
        ("Nurlan Sadykov", "plaintiff"),
        ("Irtysh Courier", "defendant"),
    }


@pytest.mark.django_db
def test_same_actor_in_two_incidents_is_one_actor():
    _store()
    _accept_all()
    courier = Actor.objects.get(name="Irtysh Courier")
    assert courier.involvements.count() == 2
    assert Actor.objects.filter(kind="outlet").count() == 3


@pytest.mark.django_db
def test_reimport_is_idempotent_and_never_touches_reviewed_drafts(users):
    first = _store()
    before = _counts()
    accepted = Incident.objects.get(primary_category__code="rights.attack")
    accepted.title, accepted.status = "Cameraman attacked at a market fire (checked)", "verified"
    accepted.save()
    again = _store()
    assert not again.created and again.document.pk == first.document.pk
    assert (again.figures, again.incidents) == (0, 0)
    assert _counts() == before
    accepted.refresh_from_db()
    assert (accepted.title, accepted.status) == ("Cameraman attacked at a market fire (checked)", "verified")


@pytest.mark.django_db
def test_untrusted_codes_warn_instead_of_crashing():
    text = report_text()
    data = extraction(text)
    rec = data["incidents"][0]
    rec["category"] = "rights.teleportation"
    rec["categories"] = ["rights.teleportation", "access.nonsense", "rights.obstruction"]
    rec["places"] = [{"name": "Atlantis", "region": "atlantis"}]
    rec["actors"].append({"name": "  ", "kind": "alien", "role": "overlord"})
    rec["actors"].append({"name": "Mystery Body", "kind": "alien", "role": "overlord"})
    data["incidents"][1]["span"] = [10, 10**7]
    data["incidents"][2]["legal_bases"].append({"code": "CC", "article": "999"})
    data["incidents"][2]["amounts"].append({"kind": "claimed", "kzt": "lots"})
    data["statistics"][0]["value"] = "many"
    result = _store(data, text)
    assert result.created and (result.figures, result.incidents) == (8, 4)
    warnings = "\n".join(result.warnings)
    assert "incident 1: unknown category 'rights.teleportation'; filed under context.statement" in warnings
    assert "incident 1: unknown secondary category 'access.nonsense'; dropped" in warnings
    assert "unknown secondary category 'rights.teleportation'" not in warnings  # reported once, as the primary
    assert "incident 1: unknown region code 'atlantis' for Atlantis" in warnings
    assert "incident 2: span [10, 10000000] is outside the text" in warnings
    assert "incident 3: unknown legal article CC 999" in warnings
    assert "incident 3: amount 'lots' is not a non-negative integer" in warnings
    assert "figure 1: value 'many' is not an integer; skipped" in warnings
    odd = Incident.objects.get(span_start=line_of(text, "September 4:")[0])
    assert odd.primary_category.code == "context.statement"
    assert [c.code for c in odd.secondary_categories.all()] == ["rights.obstruction"]
    assert odd.incident_places.get().name_as_written == "Atlantis"
    _accept_all()
    assert Actor.objects.get(name="Mystery Body").kind == "organisation"
    assert odd.involvements.get(actor__name="Mystery Body").role == "other"
    assert result.document.warnings == result.warnings


@pytest.mark.django_db
def test_known_actors_are_matched_by_spelling_variants_and_fuzzy_names():
    tsoy = Actor.objects.create(name="Dariga Omarbekova", kind="person")
    bayseitova = Actor.objects.create(name="Timur Baisalov", kind="person")
    text = report_text()
    data = extraction(text)
    data["incidents"][0]["actors"][0]["name"] = "Dariga Omarbekowa"  # fuzzy (one letter)
    data["incidents"][3]["actors"][0]["name"] = "Timur Baysalov"  # transliteration fold (y → i)
    _store(data, text)
    first = Incident.objects.order_by("span_start").first()
    assert first.proposal.actors[0]["actor"] == tsoy.pk  # proposed as the known person
    assert not ActorAlias.objects.exists()  # nothing written before accept
    _accept_all()
    assert Actor.objects.filter(kind="person").count() == 3  # + Nurlan Sadykov only
    assert tsoy.involvements.count() == 1 and bayseitova.involvements.count() == 1
    assert ActorAlias.objects.filter(actor=tsoy, name="Dariga Omarbekowa").exists()


@pytest.mark.django_db
def test_a_different_person_with_a_close_name_is_not_merged():
    Actor.objects.create(name="Timur Baisalova", kind="person")
    _store()
    _accept_all()
    assert Actor.objects.filter(kind="person", name="Timur Baisalov").exists()


@pytest.mark.django_db
def test_follow_ups_propose_a_case_then_join_it_only_once_accepted():
    text = report_text()
    _store()
    _accept_all()
    follow = extraction(text + "\nLater: the Irtysh Courier lawsuit was heard.\n", sha="b" * 64)
    rec = follow["incidents"][2]
    rec["follow_up"] = True
    follow["incidents"] = [rec]
    result = _store(follow, text + "\nLater: the Irtysh Courier lawsuit was heard.\n", name="second.txt")
    assert Case.objects.count() == 0  # proposed only
    second = Incident.objects.get(source_document__filename="second.txt")
    assert (second.proposal.case_action, second.proposal.case_title, second.is_follow_up) == (
        "new",
        "Nurlan Sadykov v. Irtysh Courier",
        False,
    )
    assert "a new case is proposed" in "\n".join(result.warnings)
    _accept_all()
    case = Case.objects.get()
    second.refresh_from_db()
    assert (second.case_id, second.is_follow_up) == (case.pk, True)
    third = extraction(text + "\nMore.\n", sha="c" * 64)
    rec3 = third["incidents"][2]
    rec3["follow_up"] = True
    rec3["actors"][0]["name"] = "Nurlan Sadykov"
    third["incidents"] = [rec3]
    _store(third, text + "\nMore.\n", name="third.txt")
    proposal = Incident.objects.get(source_document__filename="third.txt").proposal
    assert (proposal.case_action, proposal.case_id) == ("existing", case.pk)
    _accept_all()
    follow_ups = Incident.objects.filter(is_follow_up=True)
    assert follow_ups.count() == 2 and {i.case_id for i in follow_ups} == {case.pk}
    assert Case.objects.count() == 1
    assert all(p.case_id == case.pk for p in Proceeding.objects.filter(incident__is_follow_up=True))


@pytest.mark.django_db
def test_a_follow_up_under_another_article_is_not_merged_into_the_persons_case():
    """Two investigations of one person under different articles are two cases (issue 8)."""
    text = report_text()
    _store()
    _accept_all()
    first = extraction(text + "\nA.\n", sha="d" * 64)
    rec = first["incidents"][2]
    rec["follow_up"] = True
    first["incidents"] = [rec]
    _store(first, text + "\nA.\n", name="a.txt")
    _accept_all()
    case = Case.objects.get()
    other = extraction(text + "\nB.\n", sha="e" * 64)
    rec2 = other["incidents"][2]
    rec2["follow_up"] = True
    rec2["legal_bases"] = [{"code": "CC", "article": "274", "part": "2"}]
    other["incidents"] = [rec2]
    _store(other, text + "\nB.\n", name="b.txt")
    proposal = Incident.objects.get(source_document__filename="b.txt").proposal
    assert proposal.case_action == "new" and proposal.case_id is None
    _accept_all()
    assert Case.objects.count() == 2 and Case.objects.exclude(pk=case.pk).get().incidents.count() == 1


@pytest.mark.django_db
def test_a_law_is_never_proposed_as_a_follow_up_of_a_case():
    text = report_text()
    data = extraction(text)
    rec = data["incidents"][0]
    rec["category"], rec["categories"], rec["follow_up"] = "context.legislation", [], True
    _store(data, text)
    law = Incident.objects.get(primary_category__code="context.legislation")
    assert (law.proposal.case_action, law.proposal.is_follow_up) == ("none", False)
    _accept_all()
    assert Case.objects.count() == 0


@pytest.mark.django_db
def test_dates_the_model_would_reject_are_dropped_with_a_warning():
    text = report_text()
    data = extraction(text)
    data["incidents"][0]["date"] = "2031-01-01"
    data["incidents"][1]["date"] = "2023-11-02"  # after the September registration month
    result = _store(data, text)
    warnings = "\n".join(result.warnings)
    assert "incident 1: date 2031-01-01 is outside 1991..today" in warnings
    assert "incident 2: date 2023-11-02 is after the registration month 2023-09" in warnings
    assert Incident.objects.filter(date__isnull=True).count() == 2
    for incident in Incident.objects.all():
        incident.full_clean()  # every stored draft passes model validation, so editors can save it


@pytest.mark.django_db
def test_figures_without_any_period_are_skipped_with_a_warning():
    text = report_text()
    data = extraction(text)
    data["report"]["period"] = None
    for s in data["statistics"]:
        s["period"] = None
    result = _store(data, text)
    assert result.figures == 0 and PublishedFigure.objects.count() == 0
    assert "figure 1 (rights.total): no period known; skipped" in result.warnings
    # incidents still register in their own month when the report has no period
    assert set(Incident.objects.values_list("registered_month", flat=True)) == {D(2023, 9, 1)}


@pytest.mark.parametrize(
    ("date", "period", "expected"),
    [
        (D(2023, 8, 30), (D(2023, 9, 1), D(2023, 9, 30)), D(2023, 9, 1)),  # monthly: the report's month
        (None, (D(2023, 9, 1), D(2023, 9, 30)), D(2023, 9, 1)),
        (D(2023, 4, 14), (D(2023, 1, 1), D(2023, 12, 31)), D(2023, 4, 1)),  # annual: the incident's month
        (None, (D(2023, 1, 1), D(2023, 12, 31)), D(2023, 12, 1)),  # annual, undated: the last month
        (D(2022, 12, 30), (D(2023, 1, 1), D(2023, 9, 30)), D(2023, 9, 1)),  # cumulative, older event
        (D(2021, 5, 3), None, D(2021, 5, 1)),  # no period: own month
    ],
)
def test_registration_month_rule(date, period, expected):
    month, warning = registration_month(date, period, None)
    assert month == expected and warning is None


def test_registration_month_without_anything_warns():
    month, warning = registration_month(None, None, None)
    assert month.day == 1 and "month of the import" in warning


@pytest.mark.django_db
def test_refresh_replaces_figures_and_untouched_drafts_but_keeps_reviewed_ones(users):
    from speechwatch.incidents import services

    text = report_text()
    _store()
    drafts = list(Incident.objects.order_by("span_start"))
    services.incident_verify(drafts[0], user=users["editor"])
    services.incident_update(drafts[1], user=users["editor"], title="Akimat of Pavlodar kept silent (corrected)")
    services.incident_reject(drafts[3], user=users["editor"])
    untouched = drafts[2].pk

    # The pipeline improved: the text gained a line at the top (spans move), a figure changed, and the
    # lawsuit record now carries the amount as awarded.
    new_text = "Steppe Media Watch, monthly digest\n" + text
    data = extraction(new_text, sha=SourceDocument.objects.get().sha256)
    data["statistics"][0]["value"] = 10
    data["incidents"][2]["amounts"] = [{"kind": "awarded", "kzt": 1_000_000}]
    result = store_extraction(data, new_text, filename="x.txt", refresh=True)

    assert (result.created, result.refreshed, result.kept) == (False, True, 3)
    assert (result.figures, result.incidents) == (9, 1)
    assert SourceDocument.objects.count() == 1 and SourceDocument.objects.get().text == new_text
    assert PublishedFigure.objects.count() == 9
    assert PublishedFigure.objects.get(measure="rights.total").value == 10
    assert Incident.objects.count() == 4 and not Incident.objects.filter(pk=untouched).exists()
    lawsuit = Incident.objects.get(primary_category__code="legal.civil")
    assert [a["kind"] for a in lawsuit.proposal.amounts] == ["awarded"]
    assert Proceeding.objects.count() == 0  # nothing is created before accept
    expected = {drafts[0].pk: "verified", drafts[1].pk: "draft", drafts[3].pk: "rejected"}
    for pk, status in expected.items():
        kept = Incident.objects.get(pk=pk)
        assert kept.status == status
        assert kept.narrative == new_text[kept.span_start : kept.span_end]  # spans moved with the text
    assert Incident.objects.get(pk=drafts[1].pk).title == "Akimat of Pavlodar kept silent (corrected)"

    again = store_extraction(data, new_text, filename="x.txt", refresh=True)
    # a second refresh replaces the one untouched draft again and duplicates nothing
    assert (again.incidents, Incident.objects.count(), PublishedFigure.objects.count()) == (1, 4, 9)


def test_titles_fall_back_to_summary_then_first_sentence_and_stay_short():
    from speechwatch.ingest.drafts import _title

    assert _title({"title": "Heading", "summary": "S."}, "N.") == "Heading"
    assert _title({"summary": "A reporter was detained."}, "x") == "A reporter was detained."
    assert _title({}, "April 2: The court fined a blogger. He appealed.") == "April 2: The court fined a blogger."
    long = _title({"summary": "word " * 100}, "")
    assert len(long) <= 160 and long.endswith("word…")


@pytest.mark.django_db
def test_region_then_and_now_follow_the_codes_and_renamings():
    text = report_text()
    data = extraction(text)
    data["incidents"][3]["date"] = "2017-05-27"  # an older event in Shymkent, then in South Kazakhstan
    data["incidents"][3]["places"] = [
        {"name": "Shymkent", "region": "south_kazakhstan"},
        {"name": "Some village", "region": "south_kazakhstan"},
    ]
    _store(data, text)
    places = {
        p.name_as_written: p for p in Incident.objects.get(primary_category__code="rights.attack").incident_places.all()
    }
    assert (places["Shymkent"].region_then.code, places["Shymkent"].region_now.code) == ("south_kazakhstan", "shymkent")
    village = places["Some village"]
    assert village.place is None
    assert (village.region_then.code, village.region_now.code) == ("south_kazakhstan", "turkistan")
