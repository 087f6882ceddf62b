"""Stated versus computed: each published figure of a period beside the value the engine computes
from the database, the difference, the incidents behind the computed value, and the document the
published figure was read from.

A published figure belongs to a period when it ends on the period's last day and starts on its first
day; a year-to-date figure may be stored either with the report's own period (as `ingest` does, the
scope saying it is year-to-date) or with 1 January as its start. Figures of scope `previous_year` are
compared with the same period a year earlier; figures of scope `other`, and measures the codebook
does not know, are listed with no computed value so that nothing published is silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Q

from speechwatch.stats.periods import Period, parse_period

RECON_SCOPES = {"period": "period", "ytd": "ytd", "previous_year": "previous_year"}


@dataclass
class ReconRow:
    measure: str
    scope: str
    published: int | None
    computed: int | None
    incident_ids: list[int] = field(default_factory=list)
    proceeding_ids: list[int] = field(default_factory=list)
    publisher: str = ""
    wording: str = ""
    figure_id: int | None = None
    source_document_id: int | None = None
    source_title: str = ""

    @property
    def source_document(self) -> dict[str, Any] | None:
        """The document the published figure was read from (`{"id", "title"}`), or None."""
        if self.source_document_id is None:
            return None
        return {"id": self.source_document_id, "title": self.source_title}

    @property
    def difference(self) -> int | None:
        """computed − published (positive: the database holds more than was published)."""
        if self.published is None or self.computed is None:
            return None
        return self.computed - self.published

    @property
    def matches(self) -> bool:
        return self.difference == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "scope": self.scope,
            "published": self.published,
            "computed": self.computed,
            "difference": self.difference,
            "incidents": self.incident_ids,
            "proceedings": self.proceeding_ids,
            "publisher": self.publisher,
            "wording": self.wording,
            "source_document": self.source_document,
        }


def published_figures(period: Period):
    """The PublishedFigure rows that state something about `period`."""
    from speechwatch.incidents.models import PublishedFigure

    jan1 = date(period.end.year, 1, 1)
    return PublishedFigure.objects.filter(
        Q(period_start=period.start, period_end=period.end)
        | Q(scope="ytd", period_start=jan1, period_end=period.end)
    ).order_by("measure", "scope", "id")


def periods_with_figures() -> list[Period]:
    """Every distinct period some published figure is about, oldest first."""
    from speechwatch.incidents.models import PublishedFigure
    from speechwatch.stats.periods import date_range

    pairs = PublishedFigure.objects.values_list("period_start", "period_end").distinct().order_by("period_start")
    return [date_range(s, e) for s, e in pairs if s and e and s <= e]


def reconcile(
    period: Period | str, *, with_ids: bool = True, include_unpublished: bool = False
) -> list[ReconRow]:
    """One row per published figure of the period (and, if asked, one per computed measure nobody
    published), with the computed value and the incident/proceeding ids behind it."""
    from speechwatch.stats.engine import compute, select_measures

    period = parse_period(period) if isinstance(period, str) else period
    from speechwatch.stats.basis import document_title

    figures = list(published_figures(period).select_related("source_document"))
    known = {m.code for m in select_measures(None)}
    wanted = sorted({f.measure for f in figures if f.measure in known})
    scopes = sorted({RECON_SCOPES[f.scope] for f in figures if f.scope in RECON_SCOPES} | {"period", "ytd"})
    computed = {}
    if wanted or include_unpublished:
        measures = None if include_unpublished else wanted
        for fig in compute(period, measures=measures, scopes=scopes, with_ids=False):
            computed[(fig.measure, fig.scope)] = fig
    rows: list[ReconRow] = []
    seen = set()
    for f in figures:
        scope = RECON_SCOPES.get(f.scope)
        fig = computed.get((f.measure, scope)) if scope else None
        rows.append(
            ReconRow(
                measure=f.measure,
                scope=f.scope,
                published=int(f.value),
                computed=fig.value if fig else None,
                publisher=f.publisher,
                wording=f.wording,
                figure_id=f.pk,
                source_document_id=f.source_document_id,
                source_title=document_title(f.source_document) if f.source_document_id else "",
            )
        )
        seen.add((f.measure, f.scope))
    if include_unpublished:
        for (measure, scope), fig in computed.items():
            if scope in ("period", "ytd") and (measure, scope) not in seen:
                rows.append(ReconRow(measure, scope, None, fig.value))
    if with_ids:
        _attach_ids(rows, period)
    return rows


def _attach_ids(rows: list[ReconRow], period: Period) -> None:
    from speechwatch.stats.engine import figure_ids, resolve_scopes, select_measures

    known = {m.code: m for m in select_measures(None)}
    cache: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    for row in rows:
        scope = RECON_SCOPES.get(row.scope)
        if row.computed is None or scope is None or row.measure not in known:
            continue
        key = (row.measure, scope)
        if key not in cache:
            p = resolve_scopes(period, [scope])[scope]
            cache[key] = figure_ids(known[row.measure], p)
        row.incident_ids, row.proceeding_ids = cache[key]
