"""Scoring extraction against gold annotations (methodology §8).

Figures are scored as sets of (measure, scope, value) triples over scopes `period` and `ytd`; a predicted
triple whose value equals a `statistics_unscored` value counts neither for nor against. Incidents are
matched gold→predicted by the largest span overlap, accepted at intersection-over-union ≥ 0.5; dates
are compared where the gold gives an exact day, primary categories on every matched incident.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

SCORED_SCOPES = ("period", "ytd")
Triple = tuple[str, str, int]


@dataclass
class PRF:
    """A precision/recall accumulator."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Rate:
    """A share of hits among cases (exact-match rates, accuracies)."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def to_json(self) -> dict[str, float | int]:
        return {"hits": self.hits, "total": self.total, "rate": round(self.value, 4)}


@dataclass
class FigureComparison:
    tp: set[Triple] = field(default_factory=set)
    fp: set[Triple] = field(default_factory=set)
    fn: set[Triple] = field(default_factory=set)
    neutral: set[Triple] = field(default_factory=set)


def compare_figures(gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
                    unscored: list[dict[str, Any]] | None = None) -> FigureComparison:
    """Set comparison of (measure, scope, value) triples over the scored scopes."""
    g = {(s["measure"], s["scope"], int(s["value"])) for s in gold if s.get("scope") in SCORED_SCOPES}
    p = {(s["measure"], s["scope"], int(s["value"])) for s in predicted if s.get("scope") in SCORED_SCOPES}
    neutral_values = {int(s["value"]) for s in unscored or [] if "value" in s}
    out = FigureComparison(tp=g & p, fn=g - p)
    for triple in p - g:
        (out.neutral if triple[2] in neutral_values else out.fp).add(triple)
    return out


def iou(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


@dataclass
class IncidentComparison:
    matches: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)  # gold without a match
    spurious: list[dict[str, Any]] = field(default_factory=list)  # predicted matching no gold


def compare_incidents(gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
                      threshold: float = 0.5) -> IncidentComparison:
    """Each gold incident to the predicted one overlapping it most (IoU ≥ threshold), one-to-one."""
    out = IncidentComparison()
    used: set[int] = set()
    for g in gold:
        best, best_iou = None, 0.0
        for k, p in enumerate(predicted):
            if k in used:
                continue
            score = iou(g["span"], p["span"])
            if score > best_iou:
                best, best_iou = k, score
        if best is not None and best_iou >= threshold:
            used.add(best)
            out.matches.append((g, predicted[best]))
        else:
            out.missed.append(g)
    out.spurious = [p for k, p in enumerate(predicted) if k not in used]
    return out


@dataclass
class EvalScores:
    """Everything `speechwatch eval` reports, accumulated file by file."""

    figures: PRF = field(default_factory=PRF)
    by_measure: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    period: Rate = field(default_factory=Rate)
    kind: Rate = field(default_factory=Rate)
    detection: PRF = field(default_factory=PRF)
    dates: Rate = field(default_factory=Rate)
    categories: Rate = field(default_factory=Rate)
    files: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def add_file(self, name: str, gold: dict[str, Any], predicted: dict[str, Any]) -> None:
        self.files += 1
        notes: list[str] = []
        greport, preport = gold.get("report", {}), predicted.get("report", {})
        if greport.get("period"):
            ok = greport["period"] == preport.get("period")
            self.period.add(ok)
            if not ok:
                notes.append(f"period: gold {_p(greport['period'])} predicted {_p(preport.get('period'))}")
        if greport.get("kind"):
            ok = greport["kind"] == preport.get("kind")
            self.kind.add(ok)
            if not ok:
                notes.append(f"kind: gold {greport['kind']} predicted {preport.get('kind')}")
        fig = compare_figures(gold.get("statistics", []), predicted.get("statistics", []),
                              gold.get("statistics_unscored"))
        self.figures.add(len(fig.tp), len(fig.fp), len(fig.fn))
        for triple in fig.tp:
            self.by_measure[triple[0]].add(tp=1)
        for triple in fig.fp:
            self.by_measure[triple[0]].add(fp=1)
        for triple in fig.fn:
            self.by_measure[triple[0]].add(fn=1)
        texts = {(s["measure"], s["scope"], int(s["value"])): s.get("text", "")
                 for s in predicted.get("statistics", [])}
        notes += [f"figure FP {m} {s} {v}: {texts.get((m, s, v), '')[:100]!r}" for m, s, v in sorted(fig.fp)]
        notes += [f"figure FN {m} {s} {v}" for m, s, v in sorted(fig.fn)]
        if "incidents" in gold:
            inc = compare_incidents(gold["incidents"], predicted.get("incidents", []))
            self.detection.add(len(inc.matches), len(inc.spurious), len(inc.missed))
            for g, p in inc.matches:
                if g.get("date") and g.get("date_precision") == "day":
                    ok = g["date"] == p.get("date")
                    self.dates.add(ok)
                    if not ok:
                        notes.append(f"incident {g['span']} date: gold {g['date']} predicted {p.get('date')}")
                if g.get("category"):
                    ok = g["category"] == p.get("category")
                    self.categories.add(ok)
                    if not ok:
                        notes.append(f"incident {g['span']} category: gold {g['category']} "
                                     f"predicted {p.get('category')}")
            notes += [f"incident FN {g['span']} {g.get('category')}: {g.get('summary', '')[:80]!r}"
                      for g in inc.missed]
            notes += [f"incident FP {p['span']} {p.get('category')}" for p in inc.spurious]
        if notes:
            self.misses[name] = notes

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "figures": self.figures.to_json(),
            "figures_by_measure": {m: prf.to_json() for m, prf in sorted(self.by_measure.items())},
            "report_period_exact": self.period.to_json(),
            "report_kind_exact": self.kind.to_json(),
            "incidents": {"detection": self.detection.to_json(), "date_accuracy": self.dates.to_json(),
                          "category_accuracy": self.categories.to_json()},
            "errors": dict(self.errors),
            "misses": dict(self.misses),
        }


def _p(period: dict[str, str] | None) -> str:
    return f"{period['start']}..{period['end']}" if period else "none"
