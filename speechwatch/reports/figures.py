"""The statistics a report prints, read once from the engine and looked up by (measure, scope).

Reports never count on their own: every number comes from speechwatch.stats.engine, so the close-
the-month preview, the reconciliation table and every rendered format agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from speechwatch.reports.document import Table
from speechwatch.reports.fmt import value as fmt_value
from speechwatch.stats.periods import Period

NOT_PUBLISHED = "—"  # on the published basis: a figure the organisation did not publish (never a computed 0)


@dataclass
class FigureSet:
    period: Period
    values: dict[tuple[str, str], int] = field(default_factory=dict)
    incident_ids: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    groups: dict[str, str] = field(default_factory=dict)
    computed: dict[tuple[str, str], int] = field(default_factory=dict)  # from records, before overlay
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # published figure → document
    official_basis: str = "computed"  # "published" when the period's official figures are published ones

    def conflicts(self) -> list[tuple[str, str, int, int, str]]:
        """(measure, scope, published, computed, source) where the records disagree with a
        published figure: the report prints the published value and flags the difference."""
        return [(m, s, self.values[(m, s)], self.computed.get((m, s), 0), src)
                for (m, s), src in self.sources.items() if self.computed.get((m, s), 0) != self.values[(m, s)]]

    def get(self, measure: str, scope: str = "period") -> int:
        return int(self.values.get((measure, scope), 0))

    def label(self, measure: str) -> str:
        return self.labels.get(measure, measure)

    def is_computed_only(self, measure: str, scope: str) -> bool:
        """On the published basis: a value the organisation did not publish (computed from records)."""
        published_scope = scope in ("period", "ytd", "previous_year")
        return self.official_basis == "published" and published_scope and (measure, scope) not in self.sources

    def known(self, measure: str, scope: str = "period") -> bool:
        """Can the report print this figure? On the published basis only what was published: a
        computed value beside published ones would mix two bases (and print 0 for records that were
        never entered)."""
        return not self.is_computed_only(measure, scope)

    def nonzero(self, measure: str, scopes: Iterable[str] = ("period", "ytd")) -> bool:
        return any(self.get(measure, s) for s in scopes)


def load(period: Period, lang: str, scopes: tuple[str, ...] = ("period", "ytd"), filters=None,
         statuses: tuple[str, ...] | None = None) -> FigureSet:
    """Compute every measure for the period (and its year to date) with the engine over the chosen
    data basis (`statuses`), then overlay the period's official published figures, if any."""
    from speechwatch.stats import measures as M
    from speechwatch.stats.engine import compute

    catalogue = M.catalogue(lang)
    fs = FigureSet(period)
    fs.order = [m.code for m in catalogue]
    fs.labels = {m.code: m.label for m in catalogue}
    fs.groups = {m.code: m.group for m in catalogue}
    kwargs = {"scopes": scopes, "statuses": statuses}
    if filters:
        kwargs["filters"] = filters
    for f in compute(period, **kwargs):
        fs.values[(f.measure, f.scope)] = int(f.value)
        fs.incident_ids[(f.measure, f.scope)] = list(getattr(f, "incident_ids", []) or [])
    fs.computed = dict(fs.values)
    _overlay_official(fs, period, scopes)
    return fs


def _overlay_official(fs: FigureSet, period: Period, scopes: tuple[str, ...]) -> None:
    """Replace computed values by the period's published figures when the editors chose the published
    basis for it (speechwatch.stats.basis). A measure the organisation did not publish keeps its
    computed value, marked as such (`is_computed_only`)."""
    try:
        from speechwatch.stats.basis import PUBLISHED, basis_of, official_figures
    except ImportError:  # pragma: no cover - the basis module ships with the statistics app
        return
    if basis_of(period) != PUBLISHED:
        return
    fs.official_basis = "published"
    wanted = tuple(s for s in scopes if s in ("period", "ytd", "previous_year"))
    for f in official_figures(period, user=None, scopes=wanted, with_ids=False):
        if f.basis != PUBLISHED:
            continue
        fs.values[(f.measure, f.scope)] = int(f.value)
        fs.sources[(f.measure, f.scope)] = _source_label(f.source_document) or f.publisher
        if f.measure not in fs.labels:
            fs.labels[f.measure] = f.measure
            fs.order.append(f.measure)


def _source_label(doc) -> str:
    if doc is None:
        return ""
    if isinstance(doc, dict):
        return str(doc.get("title") or doc.get("url") or doc.get("id") or "")
    return str(getattr(doc, "title", "") or getattr(doc, "url", "") or doc)


def conflict_table(fs: FigureSet, lang: str) -> Table | None:
    """The visible flag: every computed figure that contradicts a published one."""
    rows = [[fs.label(m), headers_for(s), fmt_value(p, m, lang), fmt_value(c, m, lang), src]
            for m, s, p, c, src in fs.conflicts()]
    if not rows:
        return None
    return Table([_("Indicator"), _("Scope"), _("Published"), _("Computed from records"), _("Source")], rows,
                 caption=_("Computed figures that differ from the published ones"), numeric_from=2)


def headers_for(scope: str) -> str:
    return {"period": _("This period"), "ytd": _("Since the beginning of the year"),
            "previous_year": _("Previous year")}.get(scope, scope)


def is_total(code: str) -> bool:
    return code.endswith(".total")


def measures_of(fs: FigureSet, prefix: str) -> list[str]:
    """Measures under a prefix (e.g. "legal.criminal" → itself and legal.criminal.*), in catalogue order."""
    return [c for c in fs.order if c == prefix or c.startswith(prefix + ".")]


def ordered_codes(fs: FigureSet, codes: list[str] | None = None) -> list[str]:
    """Catalogue codes regrouped so each category's sub-measures (legal.civil.honor, ...) follow it."""
    codes = list(fs.order if codes is None else codes)
    tops = [c for c in codes if c.count(".") <= 1]
    subs = [c for c in codes if c.count(".") > 1]
    out = []
    for c in tops:
        out.append(c)
        out.extend(s for s in subs if s.startswith(c + ".") and not c.endswith(".total"))
    out.extend(s for s in subs if s not in out)
    return out


def summary_table(fs: FigureSet, lang: str, codes: list[str], caption: str = "", scopes=("period", "ytd"),
                  always: Iterable[str] = ()) -> Table:
    """A figures table: one row per measure with a value in any scope (totals always shown)."""
    headers = {"period": _("This period"), "ytd": _("Since the beginning of the year"),
               "previous_year": _("Previous year")}
    columns = [_("Indicator"), *[headers.get(s, s) for s in scopes]]
    rows, emphasis = [], set()
    keep = set(always)
    for code in ordered_codes(fs, codes):
        if not (is_total(code) or code in keep or any(fs.get(code, s) for s in scopes)):
            continue
        if not is_total(code) and not any(fs.known(code, s) for s in scopes):
            continue  # published basis: a measure the organisation did not publish is left out
        depth = 0 if is_total(code) else code.count(".") - 1
        if code in keep and not is_total(code) and code.count(".") == 1:
            depth = 0
        label = ("\u2003" * depth) + fs.label(code)
        if is_total(code) or (code.count(".") == 1 and code in keep):
            emphasis.add(len(rows))
        rows.append([label, *[fmt_value(fs.get(code, s), code, lang) if fs.known(code, s) else NOT_PUBLISHED
                              for s in scopes]])
    return Table(columns=columns, rows=rows, caption=caption, emphasis=emphasis)
