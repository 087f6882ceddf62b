"""Where each number of the statistics pages leads: the incidents behind a computed figure, or the
document behind a published one.

The public incident list can reproduce a figure exactly only for readers whose list shows the same
records the figure counts: anonymous visitors and viewers, whose figures count published,
non-confidential records (`stats_filters_for`) and whose list, filtered to `status=published`, shows
exactly those. For them a group total or a category links to `/incidents/?` with the registration months
of the scope (`registered_from`, `registered_to`, methodology §3.1), the group or the category (the
list matches the primary category, as statistics count), `follow_up=false` (§3.2) and
`status=published`; the list then has as many rows as the figure says.

Everything else links to the statistics' own page of the incidents behind one figure (`stats:behind`),
which lists exactly the records `engine.figure_ids` returns, as far as the reader may see them:
`reports.total` (the list has no filter for "any counted group"), proceeding-based measures (they count
proceedings, judicial acts or tenge, not incidents), and every figure of editors and monitors (editors
count verified and published records while their list also holds drafts; a monitor's list also holds
their own confidential records, which public figures leave out).
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


def list_reproduces(user) -> bool:
    """True when the reader's incident list, filtered to published records, holds exactly the records
    their figures count (anonymous visitors and viewers)."""
    from speechwatch.core.permissions import role_of

    return role_of(user) in (None, "viewer")


def list_params(measure: M.Measure, p: Period) -> dict[str, str] | None:
    """The incident-list filters that select exactly the published incidents a group or category
    counts in `p`, or None for a measure the list cannot reproduce."""
    if measure.kind != M.INCIDENTS or measure.code == ALL_GROUPS:
        return None
    params = month_params(p)
    if measure.code == f"{measure.group}.total":
        params["group"] = measure.group
    else:
        params["category"] = measure.code
    params["follow_up"] = "false"
    params["status"] = "published"
    return params


def incident_list_url(params: dict[str, str]) -> str:
    return f"{reverse('web:incident_list')}?{urlencode(params)}"


def behind_url(period: Period, measure: str, scope: str) -> str:
    return f"{reverse('stats:behind', args=[period.label, measure])}?{urlencode({'scope': scope})}"


def figure_url(measure: M.Measure | None, code: str, scope: str, scope_period: Period, period: Period, *,
               user) -> str:  # fmt: skip
    """The link of one computed number: the filtered incident list or the page of records behind it."""
    params = list_params(measure, scope_period) if measure and list_reproduces(user) else None
    if params is not None:
        return incident_list_url(params)
    return behind_url(period, code, scope)
