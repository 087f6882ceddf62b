"""Where each number of the statistics pages leads: the incidents behind a computed figure, or the
document behind a published one.

A count of reports (`reports.total`, a group total, a category) links to the public incident list
filtered to exactly what the figure counts: registration months of the scope (`registered_from`,
`registered_to`, methodology §3.1), the group or primary category, no follow-ups (§3.2) and, for readers
who count only public records, published status; the list then shows the same number of rows as the
figure. Proceeding-based measures (charges, claims, decisions, money) count proceedings, judicial
acts or tenge rather than incidents, so no list filter can reproduce them: they link to the
statistics' own page of the incidents behind that figure (`stats:behind`), which lists exactly the
records `engine.figure_ids` returns, as far as the reader may see them.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse

from speechwatch.stats import measures as M
from speechwatch.stats.periods import Period

ALL_GROUPS = "reports.total"


def month_params(p: Period) -> dict[str, str]:
    """The registration-month range a period covers (a custom range covers every month it touches)."""
    return {"registered_from": p.first_month.strftime("%Y-%m"), "registered_to": p.last_month.strftime("%Y-%m")}


def list_params(measure: M.Measure, p: Period, *, public_only: bool) -> dict[str, str] | None:
    """The incident-list filters that select exactly the incidents a report measure counts in `p`, or
    None for a measure the list cannot reproduce (proceeding-based ones)."""
    if measure.kind != M.INCIDENTS:
        return None
    params = month_params(p)
    if measure.code == ALL_GROUPS:
        params["counted"] = "true"
    elif measure.code == f"{measure.group}.total":
        params["group"] = measure.group
    else:
        params["category"] = measure.code
        params["primary"] = "true"
    params["follow_up"] = "false"
    params["status"] = "published" if public_only else "counted"
    return params


def incident_list_url(params: dict[str, str]) -> str:
    return f"{reverse('web:incident_list')}?{urlencode(params)}"


def behind_url(period: Period, measure: str, scope: str) -> str:
    return f"{reverse('stats:behind', args=[period.label, measure])}?{urlencode({'scope': scope})}"


def figure_url(measure: M.Measure | None, code: str, scope: str, scope_period: Period, period: Period, *,
               public_only: bool) -> str:  # fmt: skip
    """The link of one computed number: the filtered incident list or the page of records behind it."""
    params = list_params(measure, scope_period, public_only=public_only) if measure else None
    if params is not None:
        return incident_list_url(params)
    return behind_url(period, code, scope)
