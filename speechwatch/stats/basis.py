"""The official figures of a period: computed from the records or as the organisation published them.

Methodology v2 §3.8: a period has one official basis, chosen by the editors (`PeriodBasis`, set with
`speechwatch basis PERIOD published|computed` or on the statistics page). Reports, the public
statistics pages, the API and `speechwatch stats` all print `official_figures(period, user=...)`, so
they agree with each other for the same reader.

- **computed**: every measure of the catalogue from the engine (`engine.compute`), over the records
  the reader may count (`stats_filters_for(user)`: editors count every confirmed record, everyone
  else published non-confidential ones), with the incidents and proceedings behind each value.
- **published**: the `PublishedFigure` rows stored for the period (scopes `period` and `ytd`), each
  with the document it was read from. A measure the organisation did not publish is *absent*, not 0:
  methodology §3.7 makes a 0 only of a statement of absence ("no journalist was killed"), which ingest
  stores as a published figure with value 0. Silence in a report states nothing, so nothing is printed
  for it. When two documents state the same measure for the same period, the period's own report wins,
  then the most recently published document, then the most recently stored figure; the values not
  chosen are kept in `alternatives` so a reconciliation can show the disagreement.

Periods that are not a month, quarter, half year or year (custom ranges, year-to-date) have no basis of
their own and are always computed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from speechwatch.stats.periods import Period, parse_period

COMPUTED = "computed"
PUBLISHED = "published"
BASES = (COMPUTED, PUBLISHED)
BASIS_KINDS = ("month", "quarter", "half", "year")
PUBLISHED_SCOPES = ("period", "ytd")
_USER_FILTERS: Any = object()  # sentinel: derive the statistics filter from the user


class _Operator:
    """The person at the command line: reads like an editor (every confirmed record, document pages)."""

    def __repr__(self) -> str:
        return "OPERATOR"


OPERATOR: Any = _Operator()


def is_privileged(user: Any) -> bool:
    """Editors, admins and the command-line operator see every record and every source document."""
    from speechwatch.core.permissions import role_of

    return user is OPERATOR or role_of(user) in {"admin", "editor"}


@dataclass
class OfficialFigure:
    """One official figure of a period.

    `source_document` is `{"id", "title", "url"}` of the document a published figure was read from
    (the URL is the document's page for staff, the public page of the figure for everyone else), or
    None for computed figures and for published figures stored without a document. `incident_ids` and
    `proceeding_ids` are the records behind a computed value (empty for published figures: the
    organisation's count is not a list of our records)."""

    measure: str
    scope: str
    value: int
    basis: str
    source_document: dict[str, Any] | None = None
    incident_ids: list[int] = field(default_factory=list)
    proceeding_ids: list[int] = field(default_factory=list)
    figure_id: int | None = None
    publisher: str = ""
    wording: str = ""
    alternatives: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape shared by `speechwatch stats --format json`, the API and the tests."""
        return {
            "measure": self.measure,
            "scope": self.scope,
            "value": self.value,
            "basis": self.basis,
            "source_document": self.source_document,
        }


def _as_period(period: Period | str) -> Period:
    return parse_period(period) if isinstance(period, str) else period


def has_own_basis(period: Period | str) -> bool:
    return _as_period(period).kind in BASIS_KINDS


def basis_of(period: Period | str) -> str:
    """The official basis of a period: the editors' choice, `computed` when none was made."""
    from speechwatch.stats.models_basis import PeriodBasis

    p = _as_period(period)
    if p.kind not in BASIS_KINDS:
        return COMPUTED
    row = PeriodBasis.objects.filter(period=p.label).values_list("basis", flat=True).first()
    return row or COMPUTED


def basis_record(period: Period | str):
    """The `PeriodBasis` row of a period (who chose, when), or None when nobody chose."""
    from speechwatch.stats.models_basis import PeriodBasis

    p = _as_period(period)
    return PeriodBasis.objects.filter(period=p.label).select_related("updated_by").first()


def set_basis(period: Period | str, basis: str, *, user: Any = None, note: str = "", via: str = "web"):
    """Choose a period's official basis and log the change (who, when, from what). Returns the row.

    Raises ValueError for an unknown basis or a period that cannot have one (a custom range)."""
    from django.db import transaction

    from speechwatch.stats.models_basis import PeriodBasis, PeriodBasisChange

    p = _as_period(period)
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; expected one of: {', '.join(BASES)}")
    if p.kind not in BASIS_KINDS:
        raise ValueError(
            f"period {p.label!r} is a {p.kind}; only a month, quarter, half year or year has an official basis"
        )
    who = user if getattr(user, "is_authenticated", False) else None
    with transaction.atomic():
        row, _created = PeriodBasis.objects.select_for_update().get_or_create(period=p.label)
        previous = COMPUTED if _created else row.basis
        row.basis, row.note, row.updated_by = basis, note, who
        row.save()
        PeriodBasisChange.objects.create(
            period=p.label, previous=previous, basis=basis, note=note, changed_by=who,
            changed_by_name=who.get_username() if who else "", via=via,
        )  # fmt: skip
    return row


def official_figures(
    period: Period | str,
    *,
    user: Any = None,
    scopes: Iterable[str] = ("period", "ytd"),
    measures: list[str] | None = None,
    with_ids: bool = True,
    filters: Any = _USER_FILTERS,
    basis: str | None = None,
) -> list[OfficialFigure]:
    """The figures of `period` on its official basis, as `user` may see them.

    `user=None` is an anonymous reader, `OPERATOR` the command line (an editor's view). `filters`
    replaces the statistics filter derived from the user (e.g. `None` for a report over every
    confirmed record; a report may also wrap the call in `queries.publishable_only()`). `basis`
    overrides the stored choice (for side-by-side views)."""
    p = _as_period(period)
    chosen = basis or basis_of(p)
    if chosen not in BASES:
        raise ValueError(f"unknown basis {chosen!r}; expected one of: {', '.join(BASES)}")
    scopes = tuple(scopes)
    if chosen == PUBLISHED:
        figures = published_official(p, user=user, scopes=scopes)
        return [f for f in figures if measures is None or f.measure in measures]
    from speechwatch.incidents.querysets import stats_filters_for
    from speechwatch.stats.engine import compute

    if filters is _USER_FILTERS:
        filters = None if is_privileged(user) else stats_filters_for(user)
    return [
        OfficialFigure(f.measure, f.scope, f.value, COMPUTED, None, f.incident_ids, f.proceeding_ids)
        for f in compute(p, measures=measures, scopes=scopes, filters=filters, with_ids=with_ids)
    ]


def published_official(period: Period, *, user: Any = None, scopes: Iterable[str] = PUBLISHED_SCOPES):
    """The published figures of `period` (one per measure and scope), in catalogue order; measures the
    codebook does not define follow, by code."""
    from speechwatch.incidents.models import PublishedFigure
    from speechwatch.stats.measures import measure_codes
    from speechwatch.stats.reconcile import published_figures

    wanted = [s for s in scopes if s in PUBLISHED_SCOPES]
    rows = published_figures(period).filter(scope__in=wanted).select_related("source_document")
    if not is_privileged(user):
        rows = rows.filter(pk__in=PublishedFigure.objects.restrict(user).values("pk"))
    rows = list(rows)
    chosen: dict[tuple[str, str], list] = {}
    for row in sorted(rows, key=lambda r: _preference(r, period)):
        chosen.setdefault((row.measure, row.scope), []).append(row)
    docs = _document_refs({r.source_document for r in rows if r.source_document_id}, user)
    order = {code: i for i, code in enumerate(measure_codes())}
    out = []
    for (measure, scope), found in sorted(
        chosen.items(), key=lambda kv: (order.get(kv[0][0], len(order)), kv[0][0], wanted.index(kv[0][1]))
    ):
        best = found[0]
        out.append(
            OfficialFigure(
                measure=measure, scope=scope, value=int(best.value), basis=PUBLISHED,
                source_document=_figure_source(best, docs), figure_id=best.pk, publisher=best.publisher,
                wording=best.wording, alternatives=[int(r.value) for r in found[1:] if r.value != best.value],
            )
        )  # fmt: skip
    return out


def _preference(row, period: Period) -> tuple:
    """Sort key: the period's own report first, then the latest published document, then the newest row."""
    doc = row.source_document
    own = bool(doc and doc.period_start == period.start and doc.period_end == period.end)
    published = doc.published if doc and doc.published else date.min
    return (not own, -published.toordinal(), -row.pk)


def _document_refs(docs: set, user: Any) -> dict[int, dict[str, Any]]:
    """{document id: {"id", "title", "url"}}. Staff who may open the document get its page; others
    get the public page of the figure (filled in by `_figure_source`), never the working file."""
    from django.urls import NoReverseMatch, reverse

    from speechwatch.incidents.models import SourceDocument

    ids = [d.pk for d in docs]
    if is_privileged(user):
        openable = set(ids)
    else:
        openable = set(SourceDocument.objects.restrict(user).filter(pk__in=ids).values_list("pk", flat=True))
    out = {}
    for d in docs:
        url = None
        if d.pk in openable:
            try:
                url = reverse("ingest:document", args=[d.pk])
            except NoReverseMatch:
                url = None
        out[d.pk] = {"id": d.pk, "title": document_title(d), "url": url}
    return out


def document_title(doc) -> str:
    """A published report's title; its publisher and period when ingest found no title (never the
    file name, which is the staff's working material)."""
    if doc.title:
        return doc.title
    span = f"{doc.period_start}..{doc.period_end}" if doc.period_start and doc.period_end else ""
    return " ".join(x for x in (doc.publisher, span) if x) or f"#{doc.pk}"


def _figure_source(row, docs: dict[int, dict[str, Any]]) -> dict[str, Any] | None:
    from django.urls import reverse

    if not row.source_document_id:
        return None
    ref = dict(docs[row.source_document_id])
    if ref["url"] is None:
        ref["url"] = reverse("stats:figure", args=[row.pk])
    return ref
