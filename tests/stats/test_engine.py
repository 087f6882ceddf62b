"""Every measure on the hand-built world of builders.py, for a month, year to date, a quarter, a custom
range and a year. Expectations list the non-zero values; every other measure must be exactly 0."""

from __future__ import annotations

import pytest

from speechwatch.stats.engine import Figure, compute, figure_ids, values_by_measure
from speechwatch.stats.measures import measure_codes
from speechwatch.stats.periods import parse_period
from tests.stats.builders import BIG_CLAIM, build_world

pytestmark = pytest.mark.django_db

APRIL = {
    "reports.total": 5,
    "rights.total": 2,
    "rights.detention": 2,
    "legal.total": 3,
    "legal.administrative": 1,
    "legal.civil": 1,
    "legal.warning": 1,
    "legal.criminal.in_court": 1,
    "legal.criminal.insult_official": 1,
    "legal.civil.honor": 1,
    "legal.civil.decisions": 2,
    "legal.civil.decisions_for_media": 2,
    "legal.civil.claimed_kzt": 5_000_000,
    "legal.civil.recovered_kzt": 250_000,
    "legal.administrative.false_info": 1,
}
JAN_TO_APRIL = {
    "reports.total": 12,
    "rights.total": 4,
    "rights.attack": 1,
    "rights.threat": 1,
    "rights.detention": 2,
    "access.total": 2,
    "access.refusal": 1,
    "access.blocking": 1,
    "legal.total": 6,
    "legal.criminal": 2,
    "legal.civil": 2,
    "legal.administrative": 1,
    "legal.warning": 1,
    "legal.criminal.in_court": 2,
    "legal.criminal.false_info": 1,
    "legal.criminal.defamation": 1,
    "legal.criminal.insult_official": 1,
    "legal.civil.honor": 2,
    "legal.civil.decisions": 3,
    "legal.civil.decisions_for_media": 2,
    "legal.civil.claimed_kzt": BIG_CLAIM + 5_000_000,
    "legal.civil.recovered_kzt": 1_250_000,
    "legal.administrative.false_info": 1,
}
Q1 = {
    "reports.total": 7,
    "rights.total": 2,
    "rights.attack": 1,
    "rights.threat": 1,
    "access.total": 2,
    "access.refusal": 1,
    "access.blocking": 1,
    "legal.total": 3,
    "legal.civil": 1,
    "legal.criminal": 2,
    "legal.criminal.in_court": 1,
    "legal.criminal.false_info": 1,
    "legal.criminal.defamation": 1,
    "legal.civil.honor": 1,
    "legal.civil.decisions": 1,
    "legal.civil.claimed_kzt": BIG_CLAIM,
    "legal.civil.recovered_kzt": 1_000_000,
}
FEBRUARY = {
    "reports.total": 2,
    "rights.total": 1,
    "rights.threat": 1,
    "legal.total": 1,
    "legal.criminal": 1,
    "legal.criminal.false_info": 1,  # filed in February; it reached court only in March
}
JAN_TO_FEB = {
    "reports.total": 5,
    "rights.total": 2,
    "rights.attack": 1,
    "rights.threat": 1,
    "access.total": 1,
    "access.refusal": 1,
    "legal.total": 2,
    "legal.civil": 1,
    "legal.criminal": 1,
    "legal.criminal.false_info": 1,
    "legal.civil.honor": 1,
    "legal.civil.claimed_kzt": BIG_CLAIM,
}
RANGE = {  # 2024-02-15..2024-04-10: incidents of the months Feb-Apr, proceedings by day
    "reports.total": 9,
    "rights.total": 3,
    "rights.threat": 1,
    "rights.detention": 2,
    "access.total": 1,
    "access.blocking": 1,
    "legal.total": 5,
    "legal.criminal": 2,
    "legal.administrative": 1,
    "legal.civil": 1,
    "legal.warning": 1,
    "legal.criminal.defamation": 1,
    "legal.criminal.insult_official": 1,
    # v2 §3.1 (one month rule): P2 counts with its incident I7, registered in February (a month the
    # range touches), no longer by its filing day 5 February; it went to court on 10 March (v1: 0 and 0)
    "legal.criminal.in_court": 1,
    "legal.criminal.false_info": 1,
    "legal.administrative.false_info": 1,
    "legal.civil.honor": 1,
    "legal.civil.decisions": 1,
    "legal.civil.claimed_kzt": 5_000_000,
    "legal.civil.recovered_kzt": 1_000_000,
}
RANGE_YTD = {  # 2024-01-01..2024-04-10
    **{k: v for k, v in JAN_TO_APRIL.items() if k.count(".") == 1},  # incidents: months Jan-Apr
    "reports.total": 12,
    "legal.criminal.in_court": 1,  # P8's sentence (29 April) is after 10 April
    "legal.criminal.false_info": 1,
    "legal.criminal.defamation": 1,
    "legal.criminal.insult_official": 1,
    "legal.administrative.false_info": 1,
    "legal.civil.honor": 2,
    "legal.civil.decisions": 1,
    "legal.civil.claimed_kzt": BIG_CLAIM + 5_000_000,
    "legal.civil.recovered_kzt": 1_000_000,
}


@pytest.fixture
def world(db):
    return build_world()


def _check(figures: list[Figure], scope: str, expected: dict[str, int]) -> None:
    got = {f.measure: f.value for f in figures if f.scope == scope}
    assert set(got) == set(measure_codes())
    want = {code: expected.get(code, 0) for code in got}
    assert got == want
    assert all(type(v) is int for v in got.values())


def test_catalogue_comes_from_the_codebook(db):
    codes = measure_codes()
    assert codes[0] == "reports.total"
    for group in ("rights", "access", "legal"):
        assert f"{group}.total" in codes
    assert "context.total" not in codes and "context.legislation" not in codes and "civic.prisoner" not in codes
    wanted = ["rights.murder", "access.elections", "legal.warning", "legal.criminal.extremism"]
    wanted += ["legal.criminal.disclosure", "legal.administrative.defamation", "legal.civil.recovered_kzt"]
    assert set(wanted) <= set(codes)
    assert len(codes) == len(set(codes))


def test_month_and_year_to_date(world):
    figures = compute("2024-04")
    _check(figures, "period", APRIL)
    _check(figures, "ytd", JAN_TO_APRIL)
    ytd = next(f for f in figures if f.scope == "ytd").period
    assert (ytd.start.isoformat(), ytd.end.isoformat(), ytd.kind) == ("2024-01-01", "2024-04-30", "ytd")


def test_quarter(world):
    figures = compute("2024-Q1")
    _check(figures, "period", Q1)
    _check(figures, "ytd", Q1)


def test_february_has_no_hindsight_of_march_court_stage(world):
    figures = compute("2024-02")
    _check(figures, "period", FEBRUARY)
    _check(figures, "ytd", JAN_TO_FEB)


def test_custom_range(world):
    figures = compute("2024-02-15..2024-04-10")
    _check(figures, "period", RANGE)
    _check(figures, "ytd", RANGE_YTD)


def test_year_equals_its_year_to_date(world):
    year = compute("2024", scopes=("period",))
    _check(year, "period", JAN_TO_APRIL)


def test_follow_ups_drafts_rejected_and_context_are_not_counted(world):
    march = values_by_measure(compute("2024-03", measures=["reports.total", "legal.civil"], scopes=("period",)))
    assert march == {"reports.total": {"period": 2}, "legal.civil": {"period": 0}}  # I10 is a follow-up
    feb_ids, _ = figure_ids("reports.total", parse_period("2024-02"))
    assert feb_ids == sorted([world["I5"].pk, world["I7"].pk])  # not the draft I6 nor the rejected I8
    jan_ids, _ = figure_ids("reports.total", parse_period("2024-01"))
    assert world["I4"].pk not in jan_ids  # context.legislation is not a counted group


def test_draft_incident_proceedings_are_not_counted(world):
    april = values_by_measure(compute("2024-04", measures=["legal.criminal.incitement"], scopes=("period",)))
    assert april["legal.criminal.incitement"]["period"] == 0  # P7 (CC 174) hangs off a draft


def test_money_is_exact_beyond_float_precision(world):
    value = values_by_measure(compute("2024-04", measures=["legal.civil.claimed_kzt"]))
    assert value["legal.civil.claimed_kzt"]["ytd"] == 9_007_199_259_740_993
    assert float(9_007_199_259_740_993) != 9_007_199_259_740_993  # the value a float would have broken


def test_status_change_moves_the_figures(world):
    world["I6"].status = "verified"
    world["I6"].save()
    feb = values_by_measure(compute("2024-02", measures=["rights.threat"], scopes=("period",)))
    assert feb["rights.threat"]["period"] == 2


def test_filters(world):
    by_region = values_by_measure(compute("2024-04", measures=["reports.total"], filters={"region": "shymkent"}))
    assert by_region["reports.total"] == {"period": 2, "ytd": 2}
    public = values_by_measure(compute("2024-04", measures=["reports.total"], filters={"public_only": True}))
    assert public["reports.total"] == {"period": 0, "ytd": 2}  # I2 and I9 are published
    state = values_by_measure(compute("2024-04", measures=["reports.total"], filters={"perpetrator_kind": "state"}))
    assert state["reports.total"] == {"period": 1, "ytd": 3}
    proc = values_by_measure(compute("2024-04", measures=["legal.criminal.in_court"], filters={"region": "shymkent"}))
    assert proc["legal.criminal.in_court"] == {"period": 1, "ytd": 1}  # P8 is on I15 (Shymkent)
    with pytest.raises(ValueError, match="unknown statistics filter"):
        compute("2024-04", filters={"colour": "red"})


def test_ids_explain_every_count(world):
    figures = compute("2024-04", with_ids=True)
    by = {(f.measure, f.scope): f for f in figures}
    w = world
    assert by[("reports.total", "period")].incident_ids == sorted(w[k].pk for k in ("I12", "I13", "I14", "I15", "I17"))
    honor = by[("legal.civil.honor", "ytd")]
    assert honor.proceeding_ids == sorted([w["P1"].pk, w["P5"].pk])
    assert honor.incident_ids == sorted([w["I3"].pk, w["I13"].pk])
    assert by[("legal.criminal.in_court", "ytd")].proceeding_ids == sorted([w["P2"].pk, w["P8"].pk])
    assert by[("legal.civil.recovered_kzt", "period")].proceeding_ids == [w["P6"].pk]
    for f in figures:
        if f.measure.startswith(("reports.", "rights.", "access.")) or f.measure.count(".") == 1:
            assert len(f.incident_ids) == f.value, f
        elif not f.measure.endswith(("_kzt", "decisions", "decisions_for_media")):
            assert len(f.proceeding_ids) == f.value, f


def test_unknown_measure_and_scope(world):
    with pytest.raises(ValueError, match="unknown measure"):
        compute("2024-04", measures=["rights.teleportation"])
    with pytest.raises(ValueError, match="unknown scope"):
        compute("2024-04", scopes=("forever",))


def test_previous_and_previous_year_scopes(world):
    got = values_by_measure(compute("2024-04", measures=["reports.total"], scopes=("previous", "previous_year")))
    assert got["reports.total"] == {"previous": 2, "previous_year": 4}


def test_undated_proceeding_counts_in_its_incident_month(world):
    from tests.stats.builders import proceeding

    proceeding(world["I10"], "criminal", None, "CC 405")  # follow-up incident (March): its proceeding counts
    proceeding(world["I6"], "criminal", None, "CC 405")  # draft incident (February): never counted
    got = values_by_measure(compute("2024-03", measures=["legal.criminal.extremism", "reports.total"]))
    assert got == {"legal.criminal.extremism": {"period": 1, "ytd": 1}, "reports.total": {"period": 2, "ytd": 7}}
    assert values_by_measure(compute("2024-02", measures=["legal.criminal.extremism"])) == {
        "legal.criminal.extremism": {"period": 0, "ytd": 0}
    }


def test_what_if_drafts_were_verified(world):
    statuses = ("draft", "verified", "published")
    wanted = ["reports.total", "legal.criminal.incitement", "legal.criminal.in_court"]
    got = values_by_measure(compute("2024-04", measures=wanted, statuses=statuses))
    # I16 (draft, legal.criminal) with P7 (CC 174, sent to court on 20 April); I6 (draft) in February
    assert got["reports.total"] == {"period": 6, "ytd": 14}
    assert got["legal.criminal.incitement"] == {"period": 1, "ytd": 1}
    assert got["legal.criminal.in_court"] == {"period": 2, "ytd": 3}
    assert values_by_measure(compute("2024-04", measures=["reports.total"]))["reports.total"]["period"] == 5
    with pytest.raises(ValueError, match="unknown incident status"):
        compute("2024-04", statuses=("pending",))
