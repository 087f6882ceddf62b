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


def _group(measure: str) -> str | None:
    head = measure.split(".", 1)[0]
    return head if head in ("rights", "access", "legal") else None


def three_groups_of_the_total(figures: list[Figure]) -> list[Figure]:
    """Three counts right after the report's total, in its sentence or the next, that add up to it are
    its three groups, whatever words each was read from ("58 reports: rights violated 16 times, access
    denied in 22 cases, and 20 reports dealt with claims"): each becomes its group's total, and the one
    read as a second report total becomes the group that is left."""
    ordered = sorted(figures, key=lambda f: f.start)
    for k, total in enumerate(ordered):
        if total.measure != "reports.total" or total.parent is not None:
            continue
        parts = [f for f in ordered[k + 1 :] if f.scope == total.scope and 0 <= f.sentence - total.sentence <= 1
                 and f.parent in (None, total)][:3]
        if len(parts) != 3 or sum(f.value for f in parts) != total.value:
            continue
        groups = [_group(f.measure) for f in parts]
        known = [g for g in groups if g]
        if len(set(known)) != len(known) or len(known) < 2 or all(f.measure in GROUP_TOTALS for f in parts):
            continue
        left = next(iter({"rights", "access", "legal"} - set(known)), None)
        for f, g in zip(parts, groups, strict=True):
            f.measure = f"{g or left}.total"
            f.parent = None
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
    return three_groups_of_the_total(group_sum_is_report_total(drop_ambiguous_siblings(figures)))
