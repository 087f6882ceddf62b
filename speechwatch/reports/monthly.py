"""The monthly report, in the structure of the monitoring service's monthly overviews:
header, summary figures, events, legislative changes, incidents by category, legal claims with the
month's and year-to-date figures and sums, other developments, contacts."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from speechwatch.reports import data
from speechwatch.reports.charts import month_by_group_chart
from speechwatch.reports.common import contacts_section, new_document
from speechwatch.reports.document import BulletList, Chart, Document, IncidentList, Paragraph, Section
from speechwatch.reports.figures import FigureSet, load, measures_of, summary_table
from speechwatch.reports.fmt import count, day_label, money, month_label
from speechwatch.stats.periods import Period

LEGAL_KINDS = ("legal.criminal", "legal.civil", "legal.administrative")


def build_monthly(period: Period, lang: str = "en", published: dt.date | None = None) -> Document:
    """Build the monthly report for a month (any period works; the title names its months)."""
    with translation.override(lang):
        return _build(period, lang, published)


def _build(period: Period, lang: str, published: dt.date | None) -> Document:
    label = month_label(period.start, lang, in_sentence=True) if period.kind == "month" else period.label
    title = _("Violations of freedom of speech in Kazakhstan, %(month)s") % {"month": label}
    doc = new_document("monthly", lang, title, published, label)
    fs = load(period, lang)
    doc.subtitle = _(
        "%(org)s presents an overview of events reflecting the situation with freedom of expression and "
        "with receiving and disseminating information in Kazakhstan in %(month)s."
    ) % {"org": doc.organisation, "month": label}
    incidents = list(data.incidents(period.start, period.end))

    doc.add(_summary(fs, lang, label))
    trends = _trends(period, fs, lang)
    if trends:
        doc.add(trends)
    by_group: dict[str, list] = OrderedDict()
    for inc in incidents:
        by_group.setdefault(inc.primary_category.group.code, []).append(inc)

    events = [i for i in incidents if i.primary_category.code == "context.statement"]
    sec = Section(_("Events in %(month)s") % {"month": label}, key="events")
    _incident_entries(sec, events, lang, _("No official statements were registered this month."))
    doc.add(sec)
    doc.add(_legislation(period, incidents, lang))

    sec = doc.add(Section(_("Incidents by category"), key="incidents"))
    counted = [i for i in incidents if i.primary_category.group.counted and i.primary_category.group.code != "legal"]
    by_cat: dict[str, list] = OrderedDict()
    for inc in counted:
        by_cat.setdefault(inc.primary_category.code, []).append(inc)
    if not by_cat:
        sec.add(Paragraph(_("No incidents were registered this month.")))
    for code, items in by_cat.items():
        cat = items[0].primary_category
        sub = sec.add(Section(_heading(cat, items, lang), key=code))
        _incident_entries(sub, items, lang)

    doc.add(_legal(fs, incidents, lang, label))
    others = [i for i in incidents if not i.primary_category.group.counted
              and i.primary_category.code not in ("context.statement", "context.legislation")]
    if others:
        sec = doc.add(Section(_("Also in %(month)s") % {"month": label}, key="also"))
        _incident_entries(sec, others, lang)
    doc.add(contacts_section(doc, period.label))
    return doc


def _heading(cat, items: list, lang: str) -> str:
    """Category label with the number of new reports (follow-ups are listed but not counted)."""
    return f"{cat.label_in(lang)} ({count(sum(1 for i in items if not i.is_follow_up), lang)})"


def _incident_entries(sec: Section, items: list, lang: str, empty: str = "", with_proceedings: bool = False) -> None:
    if not items:
        if empty:
            sec.add(Paragraph(empty))
        return
    sec.add(IncidentList([data.entry(i, lang, with_proceedings) for i in items], follow_up_label=_("follow-up")))


def _summary(fs: FigureSet, lang: str, label: str) -> Section:
    sec = Section(_("Summary figures"), key="summary")
    total = fs.get("reports.total")
    sec.add(Paragraph(ngettext(
        "In %(month)s the monitoring service registered %(n)s report of violations of freedom of speech.",
        "In %(month)s the monitoring service registered %(n)s reports of violations of freedom of speech.",
        total,
    ) % {"month": label, "n": count(total, lang)}, style="lead"))
    items = []
    for code in fs.order:
        if code.endswith(".total") and code != "reports.total":
            n = fs.get(code)
            items.append(f"{fs.label(code)}: {count(n, lang)}")
            cats = [c for c in fs.order if fs.groups.get(c) == code.split(".")[0] and c.count(".") == 1
                    and not c.endswith(".total") and fs.get(c)]
            if cats:
                items[-1] += " (" + "; ".join(f"{fs.label(c).lower() if lang == 'en' else fs.label(c)} — "
                                             f"{count(fs.get(c), lang)}" for c in cats) + ")"
    if items:
        sec.add(BulletList(items))
    sec.add(summary_table(fs, lang, fs.order, caption=_("Reports registered in the month and since the beginning "
                                                        "of the year")))
    return sec


def _trends(period: Period, fs: FigureSet, lang: str) -> Section | None:
    """Comparisons with the previous month and trend flags, when the engine provides them."""
    try:
        from speechwatch.reports.trendlines import comparison_lines
    except ImportError:  # pragma: no cover - compare helpers are part of this package
        return None
    lines = comparison_lines(period, fs, lang)
    if not lines:
        return None
    sec = Section(_("Comparisons and trends"), key="trends")
    sec.add(BulletList(lines))
    if period.kind == "month" and period.start.month > 1:
        chart = month_by_group_chart(period, lang)
        if chart is not None:
            sec.add(Chart(chart))
    return sec


def _legislation(period: Period, incidents: list, lang: str) -> Section:
    sec = Section(_("Legislative changes"), key="legislation")
    items = [i for i in incidents if i.primary_category.code == "context.legislation"]
    listed = {i.pk for i in items}
    lines = []
    for ev in data.legislative_events(period.start, period.end):
        if ev.item.incident_id in listed and not ev.note:
            continue
        text = f"{day_label(ev.date, lang)}: {ev.item.title} — {ev.get_status_display()}"
        if ev.note:
            text += f". {ev.note}"
        lines.append(text)
    if items:
        _incident_entries(sec, items, lang)
    if lines:
        sec.add(BulletList(lines))
    if not items and not lines:
        sec.add(Paragraph(_("No legislative changes were registered this month.")))
    return sec


def _legal(fs: FigureSet, incidents: list, lang: str, label: str) -> Section:
    sec = Section(_("Legal claims"), key="legal")
    total = fs.get("legal.total")
    sec.add(Paragraph(ngettext(
        "%(n)s pre-trial or court claim against journalists, media and citizens was registered in %(month)s "
        "(%(ytd)s since the beginning of the year).",
        "%(n)s pre-trial and court claims against journalists, media and citizens were registered in %(month)s "
        "(%(ytd)s since the beginning of the year).",
        total,
    ) % {"n": count(total, lang), "month": label, "ytd": count(fs.get("legal.total", "ytd"), lang)}))
    codes = ["legal.total"]
    for kind in LEGAL_KINDS:
        codes += measures_of(fs, kind)
    codes += [c for c in measures_of(fs, "legal") if c not in codes]
    sec.add(summary_table(fs, lang, codes, caption=_("Legal claims: month and year to date"), always=LEGAL_KINDS))
    claimed, recovered = "legal.civil.claimed_kzt", "legal.civil.recovered_kzt"
    sec.add(Paragraph(_(
        "Moral damages claimed in honor-and-dignity suits: %(m)s in the month, %(y)s since the beginning of the "
        "year. Amounts recovered by courts: %(rm)s in the month, %(ry)s since the beginning of the year."
    ) % {
        "m": money(fs.get(claimed), lang), "y": money(fs.get(claimed, "ytd"), lang),
        "rm": money(fs.get(recovered), lang), "ry": money(fs.get(recovered, "ytd"), lang),
    }))
    legal = [i for i in incidents if i.primary_category.group.code == "legal"]
    by_cat: dict[str, list] = OrderedDict()
    for inc in legal:
        by_cat.setdefault(inc.primary_category.code, []).append(inc)
    for code, items in by_cat.items():
        cat = items[0].primary_category
        sub = sec.add(Section(_heading(cat, items, lang), key=code))
        _incident_entries(sub, items, lang, with_proceedings=True)
    return sec
