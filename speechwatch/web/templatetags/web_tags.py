"""Template helpers: navigation by role, dates with their precision, tenge amounts, months."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from speechwatch.core import permissions

register = template.Library()


def _first_url(names: list[str], fallback: str, *args: Any) -> str:
    """The first url name that resolves (other apps add their pages independently), else a path."""
    for name in names:
        try:
            return reverse(name, args=args)
        except NoReverseMatch:
            continue
    return fallback


@register.simple_tag(takes_context=True)
def nav_links(context: dict[str, Any]) -> list[tuple[str, str]]:
    """The navigation entries this user's role may use."""
    user = context.get("user")
    last_month = (timezone.localdate().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    links: list[tuple[str, str]] = [
        (_("Incidents"), reverse("web:incident_list")),
        (_("Months"), reverse("web:month_index")),
    ]
    if permissions.role_of(user) is not None:
        links.insert(0, (_("Dashboard"), reverse("web:dashboard")))
    if permissions.can_create(user):
        links.append((_("New incident"), reverse("web:incident_create")))
        links.append((_("Ingest"), _first_url(["ingest:index", "ingest:upload", "ingest:list"], "/ingest/")))
    if permissions.can_publish(user):
        links.append((_("Close month"), _first_url(["stats:close"], f"/stats/close/{last_month}/", last_month)))
    if permissions.role_of(user) is not None:
        links.append((_("Statistics"), _first_url(["stats:index", "stats:home"], "/stats/")))
    links.append((_("API"), _first_url(["api:docs", "api:api-root"], "/api/")))
    return links


@register.simple_tag
def maybe_url(name: str, *args: Any) -> str:
    """The URL of `name`, or "" when that page is not installed."""
    return _first_url([name], "", *args)


@register.filter
def ym(value: dt.date | None) -> str:
    """A date's month as `YYYY-MM` (the month page's URL parameter)."""
    return value.strftime("%Y-%m") if value else ""


@register.filter
def month_label(value: dt.date | None) -> str:
    return formats.date_format(value, "YEAR_MONTH_FORMAT") if value else ""


@register.filter
def precise_date(value: dt.date | None, precision: str = "day") -> str:
    """A date shown only as precisely as it is known: a day, a month or a year."""
    if value is None:
        return "—"
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


@register.filter
def kzt(value: int | None) -> str:
    """Exact integer tenge with thin-space thousands: 1 500 000 ₸."""
    if value is None:
        return "—"
    return f"{int(value):,}".replace(",", "\u202f") + "\u00a0₸"


@register.filter
def status_class(value: str) -> str:
    return f"status status-{value}"


@register.filter
def is_http(value: str) -> bool:
    """Only http(s) links become hrefs (no javascript: or data: even if one slipped into the data)."""
    return str(value or "").lower().startswith(("http://", "https://"))


def _url_maker(name: str) -> Any:
    """A fast `reverse(name, args=[pk])` for long tables: reverse once, substitute the id."""
    marker = 999_999_999
    head, _sep, tail = reverse(name, args=[marker]).partition(str(marker))
    return lambda pk: f"{head}{pk}{tail}"


def _row_head(i: Any, dates: dict[tuple[Any, str], str], incident_url: Any, follow_up: str, confidential: str,
              case_url: Any, case_label: str) -> str:  # fmt: skip
    key = (i.date, i.date_precision)
    if key not in dates:
        dates[key] = precise_date(i.date, i.date_precision)
    row = format_html(
        '<tr><td class="nowrap">{}</td><td><a href="{}">{}</a>{}{}',
        dates[key],
        incident_url(i.pk),
        i.title,
        follow_up if i.is_follow_up else "",
        confidential if i.is_confidential else "",
    )
    if i.case_id and i.case is not None:  # `case` is None when the user may not see it
        row += format_html('<br><small>{}: <a href="{}">{}</a></small>', case_label, case_url(i.case_id), i.case.title)
    return row


def _status_cell(i: Any) -> str:
    label = getattr(i, "status_label", None) or i.get_status_display()
    return format_html('<td><span class="{}">{}</span></td>', status_class(i.status), label)


@register.simple_tag
def month_rows(incidents: list[Any], show_status: bool = False) -> str:
    """The rows of one category on the month page (IncidentRow values from the view), built in Python:
    a month can hold hundreds of incidents and a per-row template costs ~10× more. Every value is
    escaped by format_html."""
    incident_url, case_url = _url_maker("web:incident_detail"), _url_maker("web:case_detail")
    follow_up = format_html(' <span class="badge follow-up">{}</span>', gettext("follow-up"))
    confidential = format_html(' <span class="badge confidential">{}</span>', gettext("confidential"))
    case_label = gettext("Case")
    dates: dict[tuple[Any, str], str] = {}
    out = []
    for i in incidents:
        row = _row_head(i, dates, incident_url, follow_up, confidential, case_url, case_label) + "</td>"
        if show_status:
            row += _status_cell(i)
        out.append(row + "</tr>")
    return mark_safe("".join(out))  # noqa: S308 (every piece above went through format_html)


@register.simple_tag
def incident_rows(incidents: list[Any], show_status: bool = False) -> str:
    """The rows of the incident tables (list, home, case, dashboard) from IncidentRow values (labels and
    places resolved by the view, once per page), built in Python for speed; every value is escaped by
    format_html."""
    incident_url, case_url = _url_maker("web:incident_detail"), _url_maker("web:case_detail")
    follow_up = format_html(
        ' <span class="badge follow-up" title="{}">{}</span>',
        gettext("Follow-up of a known case; not counted again"),
        gettext("follow-up"),
    )
    confidential = format_html(' <span class="badge confidential">{}</span>', gettext("confidential"))
    case_label = gettext("Case")
    dates: dict[tuple[Any, str], str] = {}
    out = []
    for i in incidents:
        row = _row_head(i, dates, incident_url, follow_up, confidential, case_url, case_label)
        places = [
            format_html("{} <small>({})</small>", name, region) if region is not None else format_html("{}", name)
            for name, region in i.places
        ]
        row += format_html("</td><td>{}</td><td>{}</td>", i.primary_category.label, mark_safe("; ".join(places)))  # noqa: S308
        if show_status:
            row += _status_cell(i)
        out.append(row + "</tr>")
    if not out:
        out.append(format_html('<tr><td colspan="5">{}</td></tr>', gettext("No incidents.")))
    return mark_safe("".join(out))  # noqa: S308 (every piece above went through format_html)


@register.simple_tag(takes_context=True)
def actor_datalist(context: dict[str, Any]) -> str:
    """One <datalist> of the actors the user may see ("Name [id]", kind shown by the browser), shared by
    all actor boxes of the editor. A name known only from records hidden from the user is not offered."""
    from speechwatch.incidents.choices import ActorKind
    from speechwatch.incidents.models import Actor
    from speechwatch.web.forms.fields import ACTOR_DATALIST_ID

    kinds = dict(ActorKind.choices)
    options = [
        format_html('<option value="{} [{}]">{}</option>', name, pk, kinds.get(kind, kind))
        for pk, name, kind in Actor.objects.restrict(context["request"].user)
        .order_by("name")
        .values_list("pk", "name", "kind")
    ]
    return format_html('<datalist id="{}">{}</datalist>', ACTOR_DATALIST_ID, mark_safe("".join(options)))  # noqa: S308
