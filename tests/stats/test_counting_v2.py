"""Methodology v2 §3: one month rule for the legal sub-measures, decisions placed by the report that
made them known, an appeal award replacing the first-instance award, only confirmed records."""

from __future__ import annotations

from datetime import date

import pytest

from speechwatch.stats import queries as Qs
from speechwatch.stats.engine import compute, figure_ids, values_by_measure
from speechwatch.stats.periods import parse_period
from tests.stats.builders import incident, money, proceeding, stage

pytestmark = pytest.mark.django_db

LEGAL_MEASURES = [
    "legal.criminal.in_court", "legal.criminal.incitement", "legal.civil.honor", "legal.civil.decisions",
    "legal.civil.decisions_for_media", "legal.civil.claimed_kzt", "legal.civil.recovered_kzt",
]  # fmt: skip


def _values(period: str, measures: list[str], **kw) -> dict[str, dict[str, int]]:
    return values_by_measure(compute(period, measures=measures, **kw))


def _recovered(period: str, scope: str = "period") -> int:
    return _values(period, ["legal.civil.recovered_kzt"], scopes=(scope,))["legal.civil.recovered_kzt"][scope]


# (a) ---------------------------------------------------------------------------------------------


def test_record_registered_in_april_with_a_march_filing_counts_in_april(db):
    inc = incident("2024-04", "legal.criminal")
    p = proceeding(inc, "criminal", date(2024, 3, 20), "CC 174")
    stage(p, "sent_to_court", date(2024, 3, 28))
    wanted = ["legal.criminal", "legal.criminal.incitement", "legal.criminal.in_court"]
    march = _values("2024-03", wanted)
    assert march == {code: {"period": 0, "ytd": 0} for code in wanted}  # v1 gave CC 174 = 1 in March
    april = _values("2024-04", wanted)
    assert april == {code: {"period": 1, "ytd": 1} for code in wanted}  # group and sub-measure agree
    assert figure_ids("legal.criminal.incitement", parse_period("2024-04"))[1] == [p.pk]
    assert _values("2024-01-01..2024-03-31", wanted)["legal.criminal.incitement"]["period"] == 0


def test_in_court_keeps_no_hindsight_within_the_month_rule(db):
    inc = incident("2024-02", "legal.criminal")
    p = proceeding(inc, "criminal", date(2024, 1, 10), "CC 274")
    stage(p, "first_instance", date(2024, 3, 5))
    assert _values("2024-02", ["legal.criminal.in_court"])["legal.criminal.in_court"] == {"period": 0, "ytd": 0}
    # March: the claim is February's, so not in March's period; the year to date has it in court now
    assert _values("2024-03", ["legal.criminal.in_court"])["legal.criminal.in_court"] == {"period": 0, "ytd": 1}


# (b) ---------------------------------------------------------------------------------------------


@pytest.fixture
def appeal_cut(db):
    inc = incident("2024-03", "legal.civil")
    p = proceeding(inc, "civil", date(2024, 3, 1), "CivC 143", is_honor_claim=True)
    follow = incident("2024-05", "legal.civil", is_follow_up=True)
    stage(p, "first_instance", date(2024, 3, 20), favour=False)
    money(p, "awarded", 1_000_000, date(2024, 3, 20))
    stage(p, "appeal", date(2024, 5, 14), favour=False, inc=follow)
    money(p, "awarded", 400_000, date(2024, 5, 14))
    money(p, "recovered", 400_000, date(2024, 6, 3))  # the same money as the appeal award
    return p


def test_appeal_award_replaces_the_first_instance_award(appeal_cut):
    assert _recovered("2024-03") == 1_000_000
    assert _recovered("2024-03", "ytd") == 1_000_000
    assert _recovered("2024-04") == 0
    assert _recovered("2024-04", "ytd") == 1_000_000  # the March award is still the latest act
    assert _recovered("2024-05") == 400_000  # counted in its own period
    assert _recovered("2024-05", "ytd") == 400_000  # not 1,400,000
    for label in ("2024-Q1", "2024-Q2", "2024-H1", "2024", "2024-03-01..2024-05-31"):
        assert _recovered(label) <= 1_000_000, label  # no figure rises because damages were cut
    assert _recovered("2024-Q1") == 1_000_000
    assert _recovered("2024-Q2") == _recovered("2024-H1") == _recovered("2024") == 400_000
    assert figure_ids("legal.civil.recovered_kzt", parse_period("2024-05"))[1] == [appeal_cut.pk]
    assert figure_ids("legal.civil.recovered_kzt", parse_period("2024-04"))[1] == []


def test_appeal_that_raises_an_award_and_same_day_acts(appeal_cut):
    money(appeal_cut, "awarded", 1_500_000, date(2024, 9, 2))  # cassation raises it
    assert _recovered("2024-09") == 1_500_000
    assert _recovered("2024") == 1_500_000
    assert _recovered("2024-05", "ytd") == 400_000  # no hindsight of September
    # two awards on the same day: the later record (higher id) is the latest act
    inc = incident("2024-07", "legal.civil")
    p = proceeding(inc, "civil", None, "CivC 143")
    money(p, "awarded", 300_000, date(2024, 7, 10))
    money(p, "awarded", 200_000, date(2024, 7, 10))
    assert _recovered("2024-07") == 200_000


def test_undated_award_counts_in_the_registration_month_of_its_proceeding(db):
    inc = incident("2024-06", "legal.civil")
    p = proceeding(inc, "civil", date(2024, 2, 1), "CivC 143")  # the filing date moves nothing
    money(p, "awarded", 700_000, None)
    assert _recovered("2024-02") == 0
    assert _recovered("2024-06") == 700_000
    money(p, "awarded", 100_000, date(2024, 8, 1))
    assert (_recovered("2024-06", "ytd"), _recovered("2024-08", "ytd")) == (700_000, 100_000)


# (c) ---------------------------------------------------------------------------------------------


def test_decisions_count_in_the_month_of_the_report_that_made_them_known(db):
    claim = incident("2024-01", "legal.civil")
    p = proceeding(claim, "civil", date(2024, 1, 5), "CivC 143")
    april_follow_up = incident("2024-04", "legal.civil", is_follow_up=True)
    stage(p, "first_instance", date(2024, 3, 28), favour=True, inc=april_follow_up)  # reported in April
    stage(p, "appeal", date(2024, 3, 10), favour=False)  # no reporting incident: its own date (March)
    late = proceeding(incident("2024-02", "legal.civil"), "civil", None, "CivC 143")
    stage(late, "first_instance", date(2023, 12, 1), favour=True)  # an act older than the report: February
    draft = incident("2024-04", "legal.civil", status="draft", is_follow_up=True)
    stage(p, "cassation", date(2024, 4, 20), favour=True, inc=draft)  # reported by a draft: never counted
    wanted = ["legal.civil.decisions", "legal.civil.decisions_for_media"]
    assert _values("2023-12", wanted) == {c: {"period": 0, "ytd": 0} for c in wanted}
    assert _values("2024-02", wanted) == {c: {"period": 1, "ytd": 1} for c in wanted}
    assert _values("2024-03", wanted) == {
        "legal.civil.decisions": {"period": 1, "ytd": 2},
        "legal.civil.decisions_for_media": {"period": 0, "ytd": 1},
    }
    assert _values("2024-04", wanted) == {
        "legal.civil.decisions": {"period": 1, "ytd": 3},
        "legal.civil.decisions_for_media": {"period": 1, "ytd": 2},
    }
    assert figure_ids("legal.civil.decisions", parse_period("2024-04")) == ([claim.pk], [p.pk])
    assert _values("2024-04", wanted, statuses=("draft", "verified", "published"))["legal.civil.decisions"] == {
        "period": 2, "ytd": 4,
    }  # fmt: skip


def test_decision_reported_by_a_confidential_follow_up_is_hidden_from_public_figures(db):
    claim = incident("2024-01", "legal.civil", status="published")
    p = proceeding(claim, "civil", None, "CivC 143")
    secret = incident("2024-04", "legal.civil", status="published", is_follow_up=True, is_confidential=True)
    stage(p, "first_instance", date(2024, 4, 2), favour=True, inc=secret)
    code = "legal.civil.decisions"
    assert _values("2024-04", [code])[code]["period"] == 1  # editors see it
    assert _values("2024-04", [code], filters={"public_only": True})[code]["period"] == 0
    with Qs.publishable_only():
        assert _values("2024-04", [code])[code]["period"] == 0
        assert figure_ids(code, parse_period("2024-04")) == ([], [])


# (d) ---------------------------------------------------------------------------------------------


def test_proceedings_reported_by_a_draft_never_count(db):
    draft = incident("2024-04", "legal.civil", status="draft")
    civil = proceeding(draft, "civil", date(2024, 4, 2), "CivC 143", is_honor_claim=True)
    money(civil, "claimed", 3_000_000, date(2024, 4, 2))
    stage(civil, "first_instance", date(2024, 4, 20), favour=True)
    money(civil, "awarded", 900_000, date(2024, 4, 20))
    money(civil, "recovered", 50_000, None)
    crim = proceeding(incident("2024-04", "legal.criminal", status="draft"), "criminal", None, "CC 174")
    stage(crim, "sent_to_court", date(2024, 4, 22))
    for period in ("2024-04", "2024"):
        got = _values(period, LEGAL_MEASURES)
        assert all(v == 0 for scopes in got.values() for v in scopes.values()), (period, got)
        for code in LEGAL_MEASURES:
            assert figure_ids(code, parse_period(period)) == ([], []), code
    # verifying the draft makes every one of them count, in April
    draft.status = "verified"
    draft.save()
    got = _values("2024-04", LEGAL_MEASURES, scopes=("period",))
    assert {c: v["period"] for c, v in got.items() if v["period"]} == {
        "legal.civil.honor": 1, "legal.civil.decisions": 1, "legal.civil.decisions_for_media": 1,
        "legal.civil.claimed_kzt": 3_000_000, "legal.civil.recovered_kzt": 900_000,
    }  # fmt: skip


# §3.7 ---------------------------------------------------------------------------------------------


def test_absence_is_a_zero_figure(db):
    figures = compute("2024-04")
    assert figures and all(f.value == 0 and type(f.value) is int for f in figures)
    assert {f.scope for f in figures} == {"period", "ytd"}
    assert len(figures) == 2 * len({f.measure for f in figures})
