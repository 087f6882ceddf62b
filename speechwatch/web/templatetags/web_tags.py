"""Template helpers: navigation by role, dates with their precision, tenge amounts, months."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from speechwatch.core import permissions
from speechwatch.core.templatetags.phrasing import local_date, local_month

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
        links.append((_("Translations"), reverse("web:translation_queue")))
        links.append((_("Ingest"), _first_url(["ingest:index", "ingest:upload", "ingest:list"], "/ingest/")))
    if permissions.can_publish(user):
        links.append((_("Close month"), _first_url(["reports:close"], f"/reports/close/{last_month}/", last_month)))
    # the public research portal, for everyone: statistics, the map, the downloads
    links.append((_("Statistics"), _first_url(["stats:index", "stats:home"], "/stats/")))
    links.append((_("Map"), _first_url(["map:incident_map"], "/map/")))
    links.append((_("Open data"), _first_url(["opendata:dictionary"], "/data/")))
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
    """"April 2024" / "Апрель 2024 года" / "2024 жылғы сәуір" (speechwatch.core.phrasing: Django's
    formats print Kazakh months in English order)."""
    return local_month(value)


@register.filter
def precise_date(value: dt.date | None, precision: str = "day") -> str:
    """A date shown only as precisely as it is known, in the active language's order: "29 April 2024" /
    "29 апреля 2024 года" / "2024 жылғы 29 сәуір"; a month or a year when that is all that is known."""
    if value is None:
        return "—"
    if precision == "year":
        return str(value.year)
    return local_date(value, precision or "day")


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


class _RowKit:
    """What every row of one page shares, made once per template render (a month page calls the row
    tag once per category): the URL makers, the badges, the formatted dates and labels.

    Escaping: `esc` is `html.escape`, which is exactly what django.utils.html.escape / format_html apply
    to a plain string (without their lazy-string wrapper, which costs more than the escaping on a page of
    hundreds of rows). Every value from the database goes through `esc`; only the fixed markup here and
    strings already escaped by `esc` or format_html are joined unescaped."""

    def __init__(self) -> None:
        incident_url, case_url = _url_maker("web:incident_detail"), _url_maker("web:case_detail")
        self.incident_url = lambda pk: esc(incident_url(pk))
        self.case_url = lambda pk: esc(case_url(pk))
        self.follow_up_short = format_html(' <span class="badge follow-up">{}</span>', gettext("follow-up"))
        self.follow_up_long = format_html(
            ' <span class="badge follow-up" title="{}">{}</span>',
            gettext("Follow-up of a known case; not counted again"),
            gettext("follow-up"),
        )
        self.confidential = format_html(' <span class="badge confidential">{}</span>', gettext("confidential"))
        self.case_label = esc(gettext("Case"))
        self.dates: dict[tuple[Any, str], str] = {}
        self.status_cells: dict[tuple[str, str], str] = {}
        self.labels: dict[str, str] = {}

    @classmethod
    def of(cls, context: Any) -> _RowKit:
        store = context.render_context if hasattr(context, "render_context") else {}
        kit = store.get(cls)
        if kit is None:
            kit = store[cls] = cls()
        return kit

    def date(self, day: Any, precision: str) -> str:
        key = (day, precision)
        if key not in self.dates:
            self.dates[key] = esc(precise_date(day, precision))
        return self.dates[key]

    def month(self, day: Any) -> str:
        key = (day, "registered")
        if key not in self.dates:
            self.dates[key] = esc(month_label(day))
        return self.dates[key]

    def label(self, text: str) -> str:
        if text not in self.labels:
            self.labels[text] = esc(text)
        return self.labels[text]

    def fallback(self, i: Any) -> tuple[str, str]:
        """(lang attribute, marker) of a row whose title is shown in another language than the page's."""
        if not getattr(i, "is_fallback", False) or not getattr(i, "text_lang", ""):
            return "", ""
        key = f"fallback-{i.text_lang}"
        if key not in self.labels:
            from speechwatch.core.fallback import shown_in

            self.labels[key] = format_html(' <span class="badge fallback">{}</span>', shown_in(i.text_lang))
        return f' lang="{esc(i.text_lang)}"', self.labels[key]

    def head(self, i: Any, follow_up: str) -> str:
        lang_attr, marker = self.fallback(i)
        row = (
            f'<tr><td class="nowrap">{self.date(i.date, i.date_precision)}</td><td><a href="{self.incident_url(i.pk)}"'
            f"{lang_attr}>{esc(i.title)}</a>{marker}{follow_up if i.is_follow_up else ''}"
            f"{self.confidential if i.is_confidential else ''}"
        )
        if i.case_id and i.case is not None:  # `case` is None when the user may not see it
            row += (
                f'<br><small>{self.case_label}: <a href="{self.case_url(i.case_id)}">{esc(i.case.title)}</a></small>'
            )
        return row

    def status_cell(self, i: Any) -> str:
        label = getattr(i, "status_label", None) or i.get_status_display()
        key = (i.status, label)
        if key not in self.status_cells:
            self.status_cells[key] = format_html('<td><span class="{}">{}</span></td>', status_class(i.status), label)
        return self.status_cells[key]


def esc(value: Any) -> str:
    return html.escape(str(value))


@register.simple_tag(takes_context=True)
def month_rows(context: Any, incidents: list[Any], show_status: bool = False) -> str:
    """The rows of one category on the month page (IncidentRow values from the view), built in Python:
    a month can hold hundreds of incidents and a per-row template costs ~10× more. Every value is
    escaped (see _RowKit)."""
    kit = _RowKit.of(context)
    out = []
    for i in incidents:
        row = kit.head(i, kit.follow_up_short) + "</td>"
        if show_status:
            row += kit.status_cell(i)
        out.append(row + "</tr>")
    return mark_safe("".join(out))  # noqa: S308 (every value above went through esc or format_html)


@register.simple_tag(takes_context=True)
def incident_rows(context: Any, incidents: list[Any], show_status: bool = False, show_registered: bool = False) -> str:
    """The rows of the incident tables (list, home, case, dashboard) from IncidentRow values (labels and
    places resolved by the view, once per page), built in Python for speed; every value is escaped
    (see _RowKit). `show_registered` adds the registration month first (the list's default order)."""
    kit = _RowKit.of(context)
    out = []
    for i in incidents:
        month = kit.month(i.registered_month) if show_registered else ""
        places = "; ".join(
            f"{esc(name)} <small>({kit.label(region)})</small>" if region is not None else esc(name)
            for name, region in i.places
        )
        row = f"{kit.head(i, kit.follow_up_long)}</td><td>{kit.label(i.primary_category.label)}</td><td>{places}</td>"
        if month:
            row = f'<tr><td class="nowrap">{month}</td>{row.removeprefix("<tr>")}'
        if show_status:
            row += kit.status_cell(i)
        out.append(row + "</tr>")
    if not out:
        out.append(format_html('<tr><td colspan="6">{}</td></tr>', gettext("No incidents.")))
    return mark_safe("".join(out))  # noqa: S308 (every value above went through esc or format_html)


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
