"""The counting rules of methodology §3 as ORM query conditions, for id lists and breakdowns.

Every measure has a *unit* (the rows it counts or sums: incidents, proceedings, stage events or money
amounts), a *base* condition (what is counted at all: verified or published incidents, the right kind
of proceeding, ...) and a *range* condition (what falls in a given period). Breakdowns group
`base & range(p)` by a key and reconciliation lists their ids; the incident totals use the same
conditions. The proceeding-based totals are computed by the hand-written SQL of `legal_sql.py` for
speed; `tests/stats/test_cross_check.py` checks on random records that both give the same numbers, so
a breakdown or an id list cannot disagree with the total it explains.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Case, DateField, Exists, F, Model, OuterRef, Q, When
from django.db.models.functions import Coalesce

from speechwatch.incidents.choices import COURT_STAGES, DECISION_STAGES, STATE_SUBKINDS, IncidentStatus
from speechwatch.incidents.models import Incident, IncidentPlace, Involvement, MoneyAmount, Proceeding, StageEvent
from speechwatch.incidents.models import ProceedingBasis as Basis
from speechwatch.stats import measures as M
from speechwatch.stats.periods import Period

COUNTED_STATUSES = ("verified", "published")
_STATUSES: ContextVar[tuple[str, ...]] = ContextVar("speechwatch_stats_statuses", default=COUNTED_STATUSES)


def counted_statuses() -> tuple[str, ...]:
    """The incident statuses counted: verified and published, unless a caller asked for a what-if
    (e.g. the close-the-month page showing the figures if the month's drafts were verified)."""
    return _STATUSES.get()


@contextmanager
def counting_statuses(statuses: Iterable[str] | None) -> Iterator[None]:
    if statuses is None:
        yield
        return
    wanted = tuple(dict.fromkeys(statuses))
    unknown = [s for s in wanted if s not in IncidentStatus.values]
    if unknown or not wanted:
        raise ValueError(f"unknown incident status(es) {unknown or wanted}; known: {', '.join(IncidentStatus.values)}")
    token = _STATUSES.set(wanted)
    try:
        yield
    finally:
        _STATUSES.reset(token)
FILTER_KEYS = ("region", "outlet_kind", "perpetrator_kind", "category", "public_only", "no_confidential")
_PUBLISHABLE: ContextVar[bool] = ContextVar("speechwatch_stats_publishable", default=False)


@contextmanager
def publishable_only() -> Iterator[None]:
    """Every figure computed inside leaves out confidential incidents, confidential proceedings,
    proceedings of confidential cases and their money: what a published report may print, so that a
    figure never reveals a record the report hides."""
    token = _PUBLISHABLE.set(True)
    try:
        yield
    finally:
        _PUBLISHABLE.reset(token)


def effective_filters(filters: dict[str, Any] | None) -> dict[str, Any] | None:
    if not _PUBLISHABLE.get():
        return filters
    return {**(filters or {}), "no_confidential": True}


def hides_confidential(filters: dict[str, Any] | None) -> bool:
    filters = effective_filters(filters)
    return bool(filters and (filters.get("public_only") or filters.get("no_confidential")))


@dataclass(frozen=True)
class Unit:
    """What a measure counts: the model, the path from it to its incident, and the value summed
    (None = count rows)."""

    model: type[Model]
    incident_path: str  # "" for Incident, "incident__" for Proceeding, "proceeding__incident__" ...
    sum_field: str | None = None

    @property
    def incident_id(self) -> str:
        return f"{self.incident_path}id" if self.incident_path else "pk"

    @property
    def proceeding_id(self) -> str | None:
        if self.model is Proceeding:
            return "pk"
        if self.model in (StageEvent, MoneyAmount, Basis):
            return "proceeding_id"
        return None


UNITS = {
    M.INCIDENTS: Unit(Incident, ""),
    M.BASIS: Unit(Proceeding, "incident__"),
    M.IN_COURT: Unit(Proceeding, "incident__"),
    M.HONOR: Unit(Proceeding, "incident__"),
    M.DECISIONS: Unit(StageEvent, "proceeding__incident__"),
    M.DECISIONS_FOR_MEDIA: Unit(StageEvent, "proceeding__incident__"),
    M.CLAIMED: Unit(MoneyAmount, "proceeding__incident__", "amount_kzt"),
    M.RECOVERED: Unit(MoneyAmount, "proceeding__incident__", "amount_kzt"),
}


# ---- building blocks -------------------------------------------------------------------------


def month_range_q(p: Period, field: str) -> Q:
    """Registration months touching the period (incidents are registered by month)."""
    return Q(**{f"{field}__gte": p.first_month, f"{field}__lte": p.end})


def day_range_q(p: Period, field: str) -> Q:
    return Q(**{f"{field}__gte": p.start, f"{field}__lte": p.end})


def filed_q(p: Period, proc: str = "") -> Q:
    """Methodology v2 §3.1: a proceeding counts in the registration month of the incident that first
    reported it (`Proceeding.incident`); its filing, hearing and decision dates never move it."""
    return month_range_q(p, f"{proc}incident__registered_month")


def stage_when():
    """When a judicial act (stage event) counts: the registration month of the incident that reported
    it (often a follow-up); without one, the later of the act's date and the registration month of
    the proceeding's incident (the earliest moment the act can have been known)."""
    reg = F("proceeding__incident__registered_month")
    return Coalesce(
        F("incident__registered_month"),
        Case(When(date__gt=reg, then=F("date")), default=reg, output_field=DateField()),
    )


def stage_reported_q() -> Q:
    """The incident that reported a stage, when there is one, is confirmed too (§3.6)."""
    return Q(incident__isnull=True) | Q(incident__status__in=counted_statuses())


def honor_q(proc: str = "") -> Q:
    """Civil claims for honor, dignity and business reputation: flagged as such, or with a legal basis
    the codebook maps to legal.civil.honor (CivC 143)."""
    ref = OuterRef(f"{proc}pk") if proc else OuterRef("pk")
    by_basis = Exists(Basis.objects.filter(proceeding_id=ref, article__measure=M.HONOR_MEASURE))
    return Q(**{f"{proc}kind": "civil"}) & (Q(**{f"{proc}is_honor_claim": True}) | Q(by_basis))


def court_by_q(end: date) -> Q:
    """The proceeding reached a court stage on or before `end` (no hindsight for past periods)."""
    stage = StageEvent.objects.filter(proceeding_id=OuterRef("pk"), kind__in=COURT_STAGES, date__lte=end)
    return Q(Exists(stage))


def basis_q(measure: str) -> Q:
    return Q(Exists(Basis.objects.filter(proceeding_id=OuterRef("pk"), article__measure=measure)))


def recovered_date():
    """When an amount counts: its own date, else the registration month of the proceeding's incident."""
    return Coalesce(F("date"), F("proceeding__incident__registered_month"))


def money_in_q(p: Period) -> Q:
    """An amount dated in `p`, or undated and reported (by the proceeding's incident) in a month of `p`."""
    return day_range_q(p, "date") | (Q(date__isnull=True) & month_range_q(p, "proceeding__incident__registered_month"))


def replaced_by_q(end: date) -> Q:
    """A later award of the same proceeding (by date, then id) issued up to `end` exists: an appeal or
    cassation award replaces the earlier amount (§3.4). Needs the `when` annotation (recovered_date)."""
    later = (
        MoneyAmount.objects.filter(proceeding_id=OuterRef("proceeding_id"), kind="awarded")
        .annotate(w=recovered_date())
        .filter(w__lte=end)
        .filter(Q(w__gt=OuterRef("when")) | Q(w=OuterRef("when"), pk__gt=OuterRef("pk")))
    )
    return Q(Exists(later))


def incident_filter_q(filters: dict[str, Any] | None, unit: Unit) -> Q:
    """Filters on the incident behind a unit (region, outlet kind, perpetrator kind, category, public)."""
    q = Q()
    filters = effective_filters(filters)
    if not filters:
        return q
    unknown = set(filters) - set(FILTER_KEYS)
    if unknown:
        raise ValueError(f"unknown statistics filter(s): {', '.join(sorted(unknown))}; known: {', '.join(FILTER_KEYS)}")
    ref = OuterRef(unit.incident_id)
    path = unit.incident_path
    if filters.get("region"):
        q &= Q(Exists(IncidentPlace.objects.filter(incident_id=ref, region_then__code=filters["region"])))
    if filters.get("outlet_kind"):
        q &= Q(
            Exists(
                Involvement.objects.filter(
                    incident_id=ref, role="victim", actor__kind="outlet", actor__subkind=filters["outlet_kind"]
                )
            )
        )
    if filters.get("perpetrator_kind"):
        state = Q(actor__is_state=True) | Q(actor__subkind__in=STATE_SUBKINDS)
        perps = Involvement.objects.filter(incident_id=ref, role="perpetrator")
        kind = filters["perpetrator_kind"]
        if kind == "state":
            q &= Q(Exists(perps.filter(state)))
        elif kind == "non_state":
            q &= Q(Exists(perps.exclude(state)))
        else:
            raise ValueError(f"perpetrator_kind must be 'state' or 'non_state', not {kind!r}")
    if filters.get("category"):
        cats = filters["category"]
        cats = [cats] if isinstance(cats, str) else list(cats)
        q &= Q(**{f"{path}primary_category__code__in": cats})
    if filters.get("public_only"):
        q &= Q(**{f"{path}status": "published"})
    if hides_confidential(filters):
        q &= Q(**{f"{path}is_confidential": False})
        proc = {Proceeding: "", StageEvent: "proceeding__", MoneyAmount: "proceeding__", Basis: "proceeding__"}
        if unit.model in proc:
            q &= public_proceeding_q(proc[unit.model])
    if unit.model is StageEvent:  # a judicial act reported by a hidden follow-up stays hidden
        if filters.get("public_only"):
            q &= Q(incident__isnull=True) | Q(incident__status="published")
        if hides_confidential(filters):
            q &= Q(incident__isnull=True) | Q(incident__is_confidential=False)
    return q


def public_proceeding_q(proc: str = "") -> Q:
    """A proceeding public statistics may count: not confidential and not part of a confidential case
    (its money is as sensitive as the record itself)."""
    return Q(**{f"{proc}is_confidential": False}) & (
        Q(**{f"{proc}case__isnull": True}) | Q(**{f"{proc}case__is_confidential": False})
    )


# ---- per measure -----------------------------------------------------------------------------


def base_q(measure: M.Measure, category_ids: list[int] | None = None) -> Q:
    """What a measure counts at all, independent of the period."""
    kind = measure.kind
    unit = UNITS[kind]
    q = Q(**{f"{unit.incident_path}status__in": counted_statuses()})
    if kind == M.INCIDENTS:
        q &= Q(is_follow_up=False)
        if category_ids is not None:
            q &= Q(primary_category_id__in=category_ids)
        else:
            q &= Q(primary_category__code__in=measure.categories)
    elif kind == M.BASIS:
        q &= basis_q(measure.code)
    elif kind == M.IN_COURT:
        q &= Q(kind="criminal")
    elif kind == M.HONOR:
        q &= honor_q()
    elif kind in (M.DECISIONS, M.DECISIONS_FOR_MEDIA):
        q &= Q(kind__in=DECISION_STAGES) & honor_q("proceeding__") & stage_reported_q()
        if kind == M.DECISIONS_FOR_MEDIA:
            q &= Q(in_favour_of_media=True)
    elif kind == M.CLAIMED:
        q &= Q(kind="claimed") & honor_q("proceeding__")
    elif kind == M.RECOVERED:
        # what courts ordered paid: awards, plus recoveries on proceedings with no recorded award (a
        # recovery of a recorded award is the same money and is not counted twice)
        has_award = Exists(MoneyAmount.objects.filter(proceeding_id=OuterRef("proceeding_id"), kind="awarded"))
        q &= Q(proceeding__kind="civil") & (Q(kind="awarded") | (Q(kind="recovered") & ~Q(has_award)))
    return q


def range_q(measure: M.Measure, p: Period) -> Q:
    """What of a measure's rows falls in period `p`."""
    kind = measure.kind
    if kind == M.INCIDENTS:
        return month_range_q(p, "registered_month")
    if kind in (M.BASIS, M.HONOR):
        return filed_q(p)
    if kind == M.IN_COURT:
        return filed_q(p) & court_by_q(p.end)
    if kind in (M.DECISIONS, M.DECISIONS_FOR_MEDIA):  # needs the `when` annotation (stage_when)
        return month_range_q(p, "when")
    if kind == M.CLAIMED:
        return filed_q(p, "proceeding__")
    if kind == M.RECOVERED:
        # per proceeding, the latest award issued up to the period's end, if it was issued in the
        # period; recoveries (only counted on proceedings with no award) by their own date
        return money_in_q(p) & (Q(kind="recovered") | ~replaced_by_q(p.end))
    raise ValueError(f"no range rule for measure kind {kind!r}")


def prefilter_q(measure: M.Measure, hull: Period) -> Q:
    """A condition on the unit's own table implied by `range_q` for any period inside `hull`.

    It changes no result; it lets the database narrow the rows by an index before the per-period
    conditions (decisions have none: they are placed through two incidents)."""
    kind = measure.kind
    if kind == M.INCIDENTS:
        return month_range_q(hull, "registered_month")
    if kind in (M.HONOR, M.IN_COURT, M.BASIS):
        return month_range_q(hull, "incident__registered_month")
    if kind == M.CLAIMED:
        return month_range_q(hull, "proceeding__incident__registered_month")
    if kind in (M.DECISIONS, M.DECISIONS_FOR_MEDIA):
        return Q()
    if kind == M.RECOVERED:
        return day_range_q(hull, "date") | Q(date__isnull=True)
    return Q()


def unit_queryset(measure: M.Measure, p: Period, filters: dict[str, Any] | None = None):
    """The rows behind one measure in one period (for breakdowns and id lists)."""
    unit = UNITS[measure.kind]
    qs = unit.model.objects.all()
    if measure.kind == M.RECOVERED:
        qs = qs.annotate(when=recovered_date())
    elif measure.kind in (M.DECISIONS, M.DECISIONS_FOR_MEDIA):
        qs = qs.annotate(when=stage_when())
    return qs.filter(prefilter_q(measure, p)).filter(
        base_q(measure) & incident_filter_q(filters, unit) & range_q(measure, p)
    )
