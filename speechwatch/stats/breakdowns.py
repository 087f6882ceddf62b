"""Breakdowns of one measure by region, outlet kind, perpetrator kind, legal basis or month.

A breakdown groups exactly the rows behind the measure's total (the same conditions from
`queries.py`). Keys from a large or open set (region, legal basis, month) come through a LEFT JOIN and
a COUNT(DISTINCT) per key; keys from a small fixed set (outlet kind, perpetrator kind) are one
conditional COUNT/SUM per key over EXISTS conditions, so no join can repeat a row. An incident with
places in two regions, or a proceeding on two articles, is counted under each key, so the values can
add up to more than the total; rows with no key at all are counted under "unknown" (or "none" for
outlet kind and legal basis), so nothing behind the total disappears.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Case, CharField, Count, Exists, F, OuterRef, Q, Sum, Value, When
from django.db.models.functions import Coalesce, Concat, TruncMonth

from speechwatch.incidents.choices import STATE_SUBKINDS, ActorSubkind
from speechwatch.incidents.models import Involvement
from speechwatch.stats import measures as M
from speechwatch.stats import queries as Qs
from speechwatch.stats.aggregates import fast_session
from speechwatch.stats.periods import Period, parse_period

BREAKDOWNS = ("region", "outlet_kind", "perpetrator_kind", "legal_basis", "month")
UNKNOWN = "unknown"
NONE = "none"


def _proceeding_path(unit: Qs.Unit) -> str | None:
    """Path from a unit row to its proceeding ('' when the unit is the proceeding)."""
    if unit.proceeding_id == "pk":
        return ""
    if unit.proceeding_id:
        return "proceeding__"
    return None


def _key_annotations(by: str, measure: M.Measure, unit: Qs.Unit) -> tuple[dict[str, Any], Any]:
    """The annotations (filtered relations) and the key expression for one breakdown."""
    inc = unit.incident_path
    if by == "region":
        return {}, Coalesce(F(f"{inc}incident_places__region_then__code"), Value(UNKNOWN))
    if by == "legal_basis":
        proc = _proceeding_path(unit)
        path = f"{inc}proceedings__bases__article" if proc is None else f"{proc}bases__article"
        key = Case(
            When(Q(**{f"{path}__isnull": True}), then=Value(NONE)),
            default=Concat(F(f"{path}__code_id"), Value(" "), F(f"{path}__article"), output_field=CharField()),
            output_field=CharField(),
        )
        return {}, key
    if by == "month":
        if measure.kind == M.INCIDENTS:
            return {}, F("registered_month")
        if measure.kind in (M.DECISIONS, M.DECISIONS_FOR_MEDIA, M.RECOVERED):
            return {}, TruncMonth("when")  # see queries.stage_when and queries.recovered_date
        proc = _proceeding_path(unit) or ""
        return {}, F(f"{proc}incident__registered_month")  # methodology v2 §3.1
    raise ValueError(f"unknown breakdown {by!r}; expected one of {', '.join(BREAKDOWNS)}")


def _outlet_keys(unit: Qs.Unit) -> dict[str, Q]:
    """One condition per outlet subkind of the incident's victims, and "none" without outlet victims."""
    victims = Involvement.objects.filter(incident_id=OuterRef(unit.incident_id), role="victim", actor__kind="outlet")
    keys = {sub: Q(Exists(victims.filter(actor__subkind=sub))) for sub in OUTLET_SUBKINDS}
    keys["other"] = Q(Exists(victims.exclude(actor__subkind__in=OUTLET_SUBKINDS)))
    keys[NONE] = ~Q(Exists(victims))
    return keys


def _perpetrator_keys(unit: Qs.Unit) -> dict[str, Q]:
    """State (is_state or a state subkind), non-state, and "unknown" without a named perpetrator."""
    perps = Involvement.objects.filter(incident_id=OuterRef(unit.incident_id), role="perpetrator")
    state = Q(actor__is_state=True) | Q(actor__subkind__in=STATE_SUBKINDS)
    return {
        "state": Q(Exists(perps.filter(state))),
        "non_state": Q(Exists(perps.exclude(state))),
        UNKNOWN: ~Q(Exists(perps)),
    }


EXISTS_KEYS = {"outlet_kind": _outlet_keys, "perpetrator_kind": _perpetrator_keys}
OUTLET_SUBKINDS = [
    ActorSubkind.NEWSPAPER, ActorSubkind.TV, ActorSubkind.RADIO, ActorSubkind.NEWS_AGENCY,
    ActorSubkind.ONLINE, ActorSubkind.TELEGRAM, ActorSubkind.YOUTUBE, ActorSubkind.SOCIAL,
]  # fmt: skip


def _by_exists(qs, unit: Qs.Unit, keys: dict[str, Q]) -> dict[str, int]:
    """Keys from a small fixed set: one conditional COUNT/SUM per key in a single query, so a row is
    counted (or an amount summed) once per key it has, with no join to multiply it."""
    def agg(q: Q):
        return Sum(unit.sum_field, filter=q) if unit.sum_field else Count("pk", filter=q)

    result = qs.aggregate(**{f"k{i}": agg(q) for i, q in enumerate(keys.values())})
    out = {k: int(result[f"k{i}"] or 0) for i, k in enumerate(keys)}
    return dict(sorted(((k, v) for k, v in out.items() if v), key=lambda kv: (-kv[1], kv[0])))


def _key_text(key: Any) -> str:
    if isinstance(key, date):
        return f"{key.year:04d}-{key.month:02d}"
    if key is None or key == "":
        return UNKNOWN
    return str(key)


def compute_breakdown(
    period: Period | str,
    measure: str,
    by: str,
    *,
    scope: str = "period",
    filters: dict[str, Any] | None = None,
) -> dict[str, int]:
    """{key: value} of `measure` in `period` (or its `scope`) grouped by `by`, largest first.

    Counts are distinct rows per key; money measures sum each amount once per key."""
    from speechwatch.stats.engine import resolve_scopes, select_measures

    period = parse_period(period) if isinstance(period, str) else period
    if by not in BREAKDOWNS:
        raise ValueError(f"unknown breakdown {by!r}; expected one of {', '.join(BREAKDOWNS)}")
    m = select_measures([measure])[0]
    p = resolve_scopes(period, [scope])[scope]
    with fast_session():
        return _breakdown(m, p, by, filters)


def _breakdown(m: M.Measure, p: Period, by: str, filters: dict[str, Any] | None) -> dict[str, int]:
    unit = Qs.UNITS[m.kind]
    if by in EXISTS_KEYS:
        return _by_exists(Qs.unit_queryset(m, p, filters), unit, EXISTS_KEYS[by](unit))
    extra, key = _key_annotations(by, m, unit)
    qs = Qs.unit_queryset(m, p, filters).annotate(**extra).annotate(bkey=key)
    out: dict[str, int] = {}
    if unit.sum_field:
        # sum each amount once per key: distinct (amount, key) pairs, then add them up; amount rows
        # are few (one per claim or award), never per incident.
        pairs = qs.values_list("pk", "bkey", unit.sum_field).distinct().order_by()
        for _pk, k, amount in pairs:
            out[_key_text(k)] = out.get(_key_text(k), 0) + int(amount)
    else:
        for row in qs.values("bkey").annotate(n=Count("pk", distinct=True)).order_by():
            out[_key_text(row["bkey"])] = out.get(_key_text(row["bkey"]), 0) + int(row["n"])
    if by == "month":
        return dict(sorted(out.items()))
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))
