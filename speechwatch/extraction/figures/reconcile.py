"""Step "reconcile": checks across all figures of a report, after each was read on its own."""

from __future__ import annotations

from speechwatch.extraction.figures.model import Figure

GROUP_TOTALS = ("rights.total", "access.total", "legal.total")


def group_sum_is_report_total(figures: list[Figure]) -> list[Figure]:
    """A group total that a later count of the same group contradicts, and that equals the sum of the
    three group totals, is the report's total ("47 reports of violations of the rights of journalists
    and media" followed by rights – 13, access – 15, claims – 19): the groups constrain their parent."""
    for scope in {f.scope for f in figures}:
        if any(f.measure == "reports.total" and f.scope == scope for f in figures):
            continue
        tops = [f for f in figures if f.scope == scope and f.parent is None and f.measure in GROUP_TOTALS]
        for f in tops:
            rest = [g for g in tops if g is not f]
            last = {g.measure: g.value for g in rest}  # the latest count of each group
            if (len(last) == 3 and any(g.measure == f.measure and g.value != f.value for g in rest)
                    and sum(last.values()) == f.value):
                f.measure = "reports.total"
                break
    return figures


def drop_ambiguous_siblings(figures: list[Figure]) -> list[Figure]:
    """Two items of one list that map to the same measure are sub-counts of it, not its total: drop both."""
    groups: dict[tuple[int, str, str], list[Figure]] = {}
    for f in figures:
        if f.parent is not None:
            groups.setdefault((id(f.parent), f.measure, f.scope), []).append(f)
    bad = {id(f) for fs in groups.values() if len({x.start for x in fs}) > 1 for f in fs}
    return [f for f in figures if id(f) not in bad]


def reconcile(figures: list[Figure]) -> list[Figure]:
    """The checks across the whole list of figures, in order."""
    return group_sum_is_report_total(drop_ambiguous_siblings(figures))
