"""What the public statistics page of a period shows, assembled once for the page, the API and tests.

`figure_rows` turns the official figures (`basis.official_figures`) into table rows with a label, a
formatted value and a link per scope; `charts` builds the charts. The default period
(`default_period`) is the latest closed month with data: the current month is still being
registered, so opening /stats/ on it would show zeros.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from speechwatch.stats import measures as M
from speechwatch.stats.basis import COMPUTED, PUBLISHED, OfficialFigure, is_privileged
from speechwatch.stats.links import figure_url
from speechwatch.stats.periods import Period, month


def reader_filters(user: Any) -> dict | None:
    """The statistics filter of a reader (editors: every confirmed record; others: public records)."""
    from speechwatch.incidents.querysets import stats_filters_for

    return None if is_privileged(user) else stats_filters_for(user)


def default_period(user: Any, today: dt.date | None = None) -> Period:
    """The latest month before the current one that has a counted incident the reader may count or a
    published figure; the previous month when nothing has data yet."""
    from speechwatch.incidents.models import Incident, PublishedFigure
    from speechwatch.stats.queries import counted_statuses

    today = today or timezone.localdate()
    current = today.replace(day=1)
    qs = Incident.objects.filter(status__in=counted_statuses(), is_follow_up=False, registered_month__lt=current)
    if reader_filters(user):
        qs = qs.filter(status="published", is_confidential=False)
    latest = qs.aggregate(m=Max("registered_month"))["m"]
    published = PublishedFigure.objects.filter(period_end__lt=current).aggregate(m=Max("period_end"))["m"]
    candidates = [d.replace(day=1) for d in (latest, published) if d]
    pick = max(candidates) if candidates else (current - dt.timedelta(days=1)).replace(day=1)
    return month(pick.year, pick.month)


def figure_rows(period: Period, figures: list[OfficialFigure], lang: str, *, user: Any) -> list[dict[str, Any]]:
    """One row per measure: label, depth, and per scope the value, its text and its link."""
    from speechwatch.reports.fmt import value as fmt_value
    from speechwatch.stats.engine import SCOPE_PERIODS

    catalogue = M.by_code(lang)
    rows: dict[str, dict[str, Any]] = {}
    for f in figures:
        m = catalogue.get(f.measure)
        row = rows.setdefault(f.measure, {
            "measure": f.measure, "label": m.label if m else f.measure, "money": f.measure.endswith("_kzt"),
            "total": f.measure.endswith(".total"), "depth": 0 if f.measure.endswith(".total") or not m
            else f.measure.count(".") - 1, "cells": {},
        })  # fmt: skip
        if f.basis == PUBLISHED:
            link = (f.source_document or {}).get("url") or _figure_page(f)
            title = _("Published in: %(doc)s") % {"doc": (f.source_document or {}).get("title") or f.publisher}
        else:
            link = figure_url(m, f.measure, f.scope, SCOPE_PERIODS[f.scope](period), period, user=user)
            title = _("The incidents behind this number")
        row["cells"][f.scope] = {"value": f.value, "text": fmt_value(f.value, f.measure, lang), "url": link,
                                 "title": title, "alternatives": f.alternatives}  # fmt: skip
    return list(rows.values())


def _figure_page(f: OfficialFigure) -> str | None:
    from django.urls import reverse

    return reverse("stats:figure", args=[f.figure_id]) if f.figure_id else None


def period_context(p: Period, user: Any, lang: str) -> dict[str, Any]:
    """Everything the period page prints, on the period's official basis, as `user` may count it."""
    from speechwatch.core.permissions import can_publish
    from speechwatch.stats.basis import basis_record, has_own_basis
    from speechwatch.stats.cache import cached
    from speechwatch.stats.models_basis import PeriodBasisChange

    editor = can_publish(user)
    return {
        **cached("page", (p.label, reader_key(user), lang), lambda: _figures_and_charts(p, user, lang)),
        "period": p, "nav": period_nav(p),
        "can_set_basis": editor and has_own_basis(p), "can_reconcile": editor,
        "can_close": editor and p.kind == "month",
        "basis_record": basis_record(p) if editor else None,
        "basis_changes": list(PeriodBasisChange.objects.filter(period=p.label)[:5]) if editor else [],
    }  # fmt: skip


def reader_key(user: Any) -> str:
    """What decides the numbers and links a reader gets: their role (editors and admins alike)."""
    from speechwatch.core.permissions import role_of

    role = role_of(user)
    return "staff" if role in ("admin", "editor") else (role or "anonymous")


def _figures_and_charts(p: Period, user: Any, lang: str) -> dict[str, Any]:
    """The cacheable part of a period page: the official figures as rows, their documents, the charts."""
    from speechwatch.stats.basis import basis_of, official_figures

    basis = basis_of(p)
    figures = official_figures(p, user=user, with_ids=False)
    docs: dict[int, dict] = {}
    for f in figures:
        if f.source_document:
            docs.setdefault(f.source_document["id"], f.source_document)
    out = {
        "basis": basis, "rows": figure_rows(p, figures, lang, user=user), "documents": list(docs.values()),
        "public_only": reader_filters(user) is not None, "scopes": scope_columns(),
        "charts": charts(p, user, lang, figures if basis == COMPUTED else None),
    }  # fmt: skip
    # the figures table and the charts as HTML, rendered once per cache entry: rendering ~140 linked
    # cells and five SVG charts costs more than computing them when the figures come from the cache
    out["body_html"] = mark_safe(render_to_string("stats/_period_body.html", out))  # noqa: S308 (autoescaped template)
    return out


def scope_columns() -> list[tuple[str, str]]:
    return [("period", _("This period")), ("ytd", _("Since the beginning of the year"))]


def period_nav(p: Period) -> dict[str, Any]:
    """Links to the neighbouring periods and to the months, quarters, halves and year of p's year."""
    from speechwatch.stats.periods import half, previous, quarter, year

    def nxt(q: Period) -> Period | None:
        from speechwatch.stats.periods import add_months, date_range, month_end

        if q.kind in ("month", "quarter", "half", "year"):
            n = q.month_count
            return date_range(add_months(q.first_month, n), month_end(add_months(q.last_month, n)))
        return None

    y = p.end.year
    return {
        "previous": previous(p) if p.kind != "range" else None,
        "next": nxt(p),
        "months": [month(y, m) for m in range(1, 13)],
        "quarters": [quarter(y, q) for q in range(1, 5)],
        "halves": [half(y, h) for h in (1, 2)],
        "year": year(y),
        "year_before": year(y - 1),
        "year_after": year(y + 1),
    }


def charts(p: Period, user: Any, lang: str, computed: list | None = None) -> list:
    """The charts of the page (computed from the records the reader may count). `computed`: the
    period's computed figures when the page already has them (its basis is computed)."""
    from speechwatch.stats import page_charts as C
    from speechwatch.stats.breakdowns import compute_breakdown
    from speechwatch.stats.engine import compute
    from speechwatch.stats.links import behind_url
    from speechwatch.vocab.models import Region

    filters = reader_filters(user)
    catalogue = M.catalogue(lang)
    groups = [(m.code, m.label) for m in catalogue if m.kind == M.INCIDENTS and m.code.endswith(".total")
              and m.code != "reports.total"]  # fmt: skip
    cats = [m for m in catalogue if m.kind == M.INCIDENTS and not m.code.endswith(".total")]
    if computed is None:
        computed = compute(p, measures=[m.code for m in cats], scopes=("period",), filters=filters)
    values = {f.measure: f.value for f in computed if f.scope == "period"}
    out = [
        C.group_trend(p, groups, filters),
        C.category_trend(p, [(m.code, m.label) for m in cats], filters),
        C.category_bars([(m.code, m.label, values.get(m.code, 0),
                          figure_url(m, m.code, "period", p, p, user=user)) for m in cats]),
    ]  # fmt: skip
    regions = {code: label for code, label in _region_labels(Region, lang)}
    regions["unknown"] = _("Region not known")
    by_region = compute_breakdown(p, "reports.total", "region", filters=filters)
    out.append(C.breakdown_bars("by_region", _("Reports by region"), _("Region"), by_region, regions,
                                {k: f"{behind_url(p, 'reports.total', 'period')}&region={k}" for k in by_region
                                 if k != "unknown"}))  # fmt: skip
    kinds = {"state": _("State bodies and officials"), "non_state": _("Non-state actors"),
             "unknown": _("Not identified")}  # fmt: skip
    by_kind = compute_breakdown(p, "reports.total", "perpetrator_kind", filters=filters)
    out.append(C.breakdown_bars("by_perpetrator", _("Reports by kind of perpetrator"), _("Perpetrator"), by_kind,
                                kinds, {k: f"{behind_url(p, 'reports.total', 'period')}&perpetrator_kind={k}"
                                        for k in by_kind if k != "unknown"}))  # fmt: skip
    out.append(C.money_trend(p, filters))
    return [c for c in out if c is not None]


def _region_labels(region_model, lang: str):
    for r in region_model.objects.all():
        yield r.code, r.label_in(lang)
