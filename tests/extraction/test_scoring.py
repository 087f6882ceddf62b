"""The scorer on small hand-made examples, so the eval numbers can be trusted."""

from __future__ import annotations

import pytest

from speechwatch.extraction.scoring import PRF, EvalScores, compare_figures, compare_incidents, iou


def _s(measure: str, scope: str, value: int) -> dict:
    return {"measure": measure, "scope": scope, "value": value}


def test_prf_arithmetic() -> None:
    prf = PRF()
    prf.add(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF().f1 == 1.0  # nothing expected, nothing predicted
    empty = PRF()
    empty.add(fn=1)
    assert empty.precision == 0.0 and empty.f1 == 0.0


def test_figures_compared_as_triples_with_unscored_values_neutral() -> None:
    gold = [_s("legal.civil", "ytd", 61), _s("legal.civil.honor", "ytd", 51), _s("rights.total", "period", 5)]
    predicted = [_s("legal.civil", "ytd", 61), _s("legal.civil.honor", "period", 51),  # wrong scope
                 _s("access.total", "period", 7),  # neutral: 7 is unscored
                 _s("rights.total", "previous_year", 9)]  # comparison scope is not scored
    cmp = compare_figures(gold, predicted, unscored=[{"value": 7}])
    assert cmp.tp == {("legal.civil", "ytd", 61)}
    assert cmp.fp == {("legal.civil.honor", "period", 51)}
    assert cmp.fn == {("legal.civil.honor", "ytd", 51), ("rights.total", "period", 5)}
    assert cmp.neutral == {("access.total", "period", 7)}


def test_iou_and_one_to_one_incident_matching() -> None:
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 10), (20, 30)) == 0.0
    gold = [{"span": [0, 100]}, {"span": [100, 200]}]
    predicted = [{"span": [0, 90]}, {"span": [0, 100]}, {"span": [150, 400]}]
    cmp = compare_incidents(gold, predicted)
    assert [p["span"] for _, p in cmp.matches] == [[0, 100]]  # the best overlap wins
    assert cmp.missed == [gold[1]]  # IoU 50/300 < 0.5
    assert len(cmp.spurious) == 2


def test_eval_scores_per_file() -> None:
    scores = EvalScores()
    gold = {"report": {"kind": "monthly", "period": {"start": "2030-03-01", "end": "2030-03-31"}},
            "statistics": [_s("rights.total", "period", 5)],
            "incidents": [{"span": [0, 50], "date": "2030-03-04", "date_precision": "day",
                           "category": "rights.attack"},
                          {"span": [60, 90], "date": "2030-03-01", "date_precision": "month",
                           "category": "access.refusal"}]}
    predicted = {"report": {"kind": "monthly", "period": {"start": "2030-02-01", "end": "2030-02-28"}},
                 "statistics": [_s("rights.total", "period", 5), _s("legal.total", "period", 2)],
                 "incidents": [{"span": [0, 48], "date": "2030-03-05", "category": "rights.attack"},
                               {"span": [60, 92], "date": None, "category": "access.blocking"}]}
    scores.add_file("a.txt", gold, predicted)
    data = scores.to_json()
    assert data["figures"]["tp"] == 1 and data["figures"]["fp"] == 1
    assert data["report_period_exact"]["rate"] == 0.0 and data["report_kind_exact"]["rate"] == 1.0
    assert data["incidents"]["detection"]["recall"] == 1.0
    assert data["incidents"]["date_accuracy"] == {"hits": 0, "total": 1, "rate": 0.0}  # month gold skipped
    assert data["incidents"]["category_accuracy"]["rate"] == 0.5
    notes = "\n".join(data["misses"]["a.txt"])
    assert "period: gold 2030-03-01..2030-03-31" in notes and "figure FP legal.total period 2" in notes
