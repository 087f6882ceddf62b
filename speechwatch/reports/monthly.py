"""The monthly report, in the structure of the monitoring service's monthly overviews:
header, summary figures, events, legislative changes, incidents by category, legal claims with the
month's and year-to-date figures and sums, other developments, contacts."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from speechwatch.reports import data
from speechwatch.reports.charts import month_by_group_chart
from speechwatch.reports.common import authored, basis_statement, contacts_section, new_document, partial_caveat
from speechwatch.reports.document import (
    BulletList,
    Chart,
    Document,
    IncidentEntry,
    IncidentList,
    Paragraph,
    Section,
)
from speechwatch.reports.figures import FigureSet, conflict_table, headers_for, load, measures_of, summary_table
from speechwatch.reports.fmt import count, count_noun, day_label, money, period_phrase, sentence
from speechwatch.reports.language import Missing, UntranslatedRecords, in_lang
from speechwatch.reports.plan import load_plan, translations
from speechwatch.reports.texts import paragraphs
from speechwatch.stats.periods import Period

LEGAL_KINDS = ("legal.criminal", "legal.civil", "legal.administrative")


def build_monthly(period: Period, lang: str = "en", published: dt.date | None = None,
                  preview: bool = False) -> Document:
    """Build the monthly report for a month (any period works; the title names its months).
    `preview` marks untranslated records instead of leaving them out."""
    from speechwatch.stats.queries import counting_statuses

    plan = load_plan("monthly", period.label)
    # every figure of the report (tables, comparisons, charts) counts the plan's data basis
    with translation.override(lang), counting_statuses(plan.statuses):
        return _build(period, lang, published, preview)


@dataclass
class Entries:
    """What every list of incidents in one report needs: the language, the records' translations,
    whether this is the editors' preview, and what the final render does with a record that has no text
    in the language (`mark` it, else refuse: `missing` collects them for the message)."""

    lang: str
    texts: dict
    preview: bool
    mark: bool = False
    missing: list[Missing] = field(default_factory=list)

    def entry(self, inc, with_proceedings: bool = False) -> IncidentEntry | None:
        e = data.local_entry(inc, self.lang, self.texts, with_proceedings, self.preview, self.mark)
        if e is None:
            self.missing.append(Missing("incident", inc.pk, inc.title))
        return e

    def legislative(self, item) -> str | None:
        """A legislative item's title in the report's language; without one, the flagged (preview) or
        marked ("mark") own title, or None with the item noted as missing."""
        title = data.legislative_title(item, self.lang)
        if title is not None:
            return title
        if self.preview:
            return f"[{_('untranslated: left out of the final report')}] {item.title}"
        if self.mark:
            return data.legislative_marked(item)
        self.missing.append(Missing("legislative item", item.pk, item.title))
        return None

    def check(self, kind: str, period: str) -> None:
        """Refuse the final render when records lack the language and the editors chose "refuse"."""
        if self.missing and not self.preview and not self.mark:
            unique = list(dict.fromkeys(self.missing))
            raise UntranslatedRecords(kind, period, self.lang, unique)

    def add(self, sec: Section, items: list, empty: str = "", with_proceedings: bool = False) -> None:
        entries = [e for i in items if (e := self.entry(i, with_proceedings)) is not None]
        if not entries:
            if empty and not items:  # records without a text in this language are not "none"
                sec.add(Paragraph(empty))
            return
        sec.add(IncidentList(entries, follow_up_label=_("follow-up")))


def _build(period: Period, lang: str, published: dt.date | None, preview: bool) -> Document:
    # "апрель 2024 года" / "2024 жылғы сәуір" for titles and headings; "в апреле 2024 года" /
    # "2024 жылғы сәуірде" where a sentence says when (speechwatch.core.phrasing)
    label = period_phrase(period, lang, "nom")
    when = period_phrase(period, lang, "in")
    title = _("Violations of freedom of speech in Kazakhstan, %(month)s") % {"month": label}
    doc = new_document("monthly", lang, title, published, label)
    doc.preview = preview
    plan = load_plan("monthly", period.label)
    fs = load(period, lang, statuses=plan.statuses)
    doc.basis = basis_statement(plan.basis)
    doc.subtitle = sentence(_(
        "An overview of events reflecting the situation with freedom of expression and with receiving and "
        "disseminating information in Kazakhstan %(when)s."
    ) % {"when": when})
    incidents = list(data.incidents(period.start, period.end, statuses=plan.statuses))
    doc.caveat = partial_caveat(period.start, period.end, sorted({i.registered_month for i in incidents}), lang)
    ctx = Entries(lang, translations([i.pk for i in incidents], lang), preview, plan.untranslated == "mark")
    key = period.label

    intro = authored(doc, "intro", key)
    if intro:
        sec = doc.add(Section(_("Introduction"), key="intro"))
        for block in intro:
            sec.add(block)
    doc.add(_summary(fs, lang, when))
    # comparisons are computed from records: beside published figures they would mix two bases
    trends = _trends(period, fs, lang) if fs.official_basis != "published" else None
    if trends:
        doc.add(trends)
    leads = plan.leads(incidents)
    if leads:
        doc.add(lead_section(doc, plan, leads, ctx, key))
    listed = plan.listed(incidents)

    events = [i for i in listed if i.primary_category.code == "context.statement"]
    sec = _authored_section(doc, _("Events in %(month)s") % {"month": label}, "events", key)
    ctx.add(sec, events, _("No official statements were registered this month."))
    doc.add(_legislation(doc, period, listed, ctx, key))

    sec = _authored_section(doc, _("Incidents by category"), "incidents", key)
    counted = [i for i in listed if i.primary_category.group.counted and i.primary_category.group.code != "legal"]
    by_cat: dict[str, list] = OrderedDict()
    for inc in counted:
        by_cat.setdefault(inc.primary_category.code, []).append(inc)
    if not by_cat and not any(i.primary_category.group.counted for i in leads):
        sec.add(Paragraph(_("No incidents were registered this month.")))
    for code, items in by_cat.items():
        cat = items[0].primary_category
        sub = sec.add(Section(_heading(cat, items, lang, fs), key=code))
        ctx.add(sub, items)

    doc.add(_legal(doc, fs, listed, lang, when, ctx, key))
    others = [i for i in listed if not i.primary_category.group.counted
              and i.primary_category.code not in ("context.statement", "context.legislation")]
    also = authored(doc, "also", key)
    if others or also:
        sec = _authored_section(doc, _("Also in %(month)s") % {"month": label}, "also", key)
        ctx.add(sec, others)
    closing = authored(doc, "closing", key)
    if closing:
        sec = doc.add(Section(_("Closing"), key="closing"))
        for block in closing:
            sec.add(block)
    doc.add(contacts_section(doc, key, plan.basis))
    ctx.check("monthly", period.label)
    return doc


def _authored_section(doc: Document, title: str, key: str, period: str) -> Section:
    """A section that starts with the editors' text block for it, when they wrote one."""
    sec = doc.add(Section(title, key=key))
    for block in authored(doc, key, period):
        sec.add(block)
    return sec


def lead_section(doc: Document, plan, leads: list, ctx: Entries, period: str) -> Section:
    """Lead stories: each a sub-section with the editors' heading (else the record's title), the
    record's text and the foundation's commentary, in the report's language."""
    sec = Section(_("Lead stories"), key="lead")
    for block in authored(doc, "lead", period):
        sec.add(block)
    for inc in leads:
        heading, commentary = plan.lead_texts.get((inc.pk, ctx.lang), ("", ""))
        entry = data.local_entry(inc, ctx.lang, ctx.texts, inc.primary_category.group.code == "legal", ctx.preview,
                                 ctx.mark)
        if entry is None and not heading:
            ctx.missing.append(Missing("incident", inc.pk, inc.title))
            continue
        if entry is None:  # the editors wrote the story in this language, the record has no text in it
            entry = IncidentEntry(title=heading, incident_id=inc.pk, follow_up=inc.is_follow_up,
                                  date=day_label(inc.date, ctx.lang, inc.date_precision),
                                  place=data.place_of(inc, ctx.lang))
        story = sec.add(Section(heading or entry.title, key=f"lead-{inc.pk}"))
        if heading:
            entry.title = entry.title if entry.title != heading else ""
        story.add(IncidentList([entry], follow_up_label=_("follow-up")))
        for para in paragraphs(commentary):
            story.add(Paragraph(para, style="quote"))
    return sec


def _heading(cat, items: list, lang: str, fs: FigureSet | None = None) -> str:
    """Category label with the month's figure (the engine's count: follow-ups are listed, not counted)."""
    n = fs.get(cat.code) if fs is not None and cat.code in fs.labels else sum(1 for i in items if not i.is_follow_up)
    return f"{cat.label_in(lang)} ({count(n, lang)})"


def _incident_entries(sec: Section, items: list, lang: str, empty: str = "", with_proceedings: bool = False) -> None:
    Entries(lang, {}, False).add(sec, items, empty, with_proceedings)


def _summary(fs: FigureSet, lang: str, when: str) -> Section:
    """`when` is the period in the "in" form: "in April 2024" / "в апреле 2024 года" / "2024 жылғы сәуірде"."""
    sec = Section(_("Summary figures"), key="summary")
    total = fs.get("reports.total")
    if fs.known("reports.total"):
        sec.add(Paragraph(sentence(_(
            "%(when)s the monitoring service registered %(reports)s of violations of freedom of speech."
        ) % {"when": when, "reports": count_noun(total, "report", lang)}), style="lead"))
    items = []
    for code in fs.order:
        if code.endswith(".total") and code != "reports.total" and fs.known(code):
            n = fs.get(code)
            items.append(f"{fs.label(code)}: {count(n, lang)}")
            cats = [c for c in fs.order if fs.groups.get(c) == code.split(".")[0] and c.count(".") == 1
                    and not c.endswith(".total") and fs.get(c) and fs.known(c)]
            if cats:
                items[-1] += " (" + "; ".join(f"{fs.label(c).lower() if lang == 'en' else fs.label(c)} — "
                                             f"{count(fs.get(c), lang)}" for c in cats) + ")"
    if items:
        sec.add(BulletList(items))
    sec.add(summary_table(fs, lang, fs.order, caption=_("Reports registered in the month and since the beginning "
                                                        "of the year")))
    add_basis_note(sec, fs)
    return sec


def add_basis_note(sec: Section, fs: FigureSet) -> None:
    """Which figures the report prints, and a visible flag on every computed figure that
    contradicts a published one."""
    if fs.official_basis == "published":
        docs = sorted({s for s in fs.sources.values() if s})
        sec.add(Paragraph(_("The figures are the organisation's published figures for the period%(src)s.") % {
            "src": (" (" + "; ".join(docs) + ")") if docs else ""}, style="note"))
        sec.add(Paragraph(_("— the organisation published no figure for it."), style="note"))
    table = conflict_table(fs, (translation.get_language() or "en")[:2])
    if table is not None:
        sec.add(Paragraph(_("Warning: the records give other values for these figures."), style="lead"))
        sec.add(table)


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


def _legislation(doc: Document, period: Period, incidents: list, ctx: Entries, key: str) -> Section:
    lang = ctx.lang
    sec = Section(_("Legislative changes"), key="legislation")
    for block in authored(doc, "legislation", key):
        sec.add(block)
    items = [i for i in incidents if i.primary_category.code == "context.legislation"]
    listed = {i.pk for i in items}
    lines = []
    for ev in data.legislative_events(period.start, period.end):
        if ev.item.incident_id in listed and not ev.note:
            continue
        title = ctx.legislative(ev.item)
        if title is None:
            continue
        text = f"{day_label(ev.date, lang)}: {title} — {ev.get_status_display()}"
        if ev.note and in_lang(ev.note, lang):
            text += f". {ev.note}"
        lines.append(text)
    if items:
        ctx.add(sec, items)
    if lines:
        sec.add(BulletList(lines))
    if not items and not lines:
        sec.add(Paragraph(_("No legislative changes were registered this month.")))
    return sec


def _legal(doc: Document, fs: FigureSet, incidents: list, lang: str, when: str, ctx: Entries, key: str) -> Section:
    sec = Section(_("Legal claims"), key="legal")
    for block in authored(doc, "legal", key):
        sec.add(block)
    total = fs.get("legal.total")
    if fs.known("legal.total") and fs.known("legal.total", "ytd"):
        # the noun agrees with the number (phrasing), the verb with the noun (ngettext's plural forms)
        sec.add(Paragraph(sentence(ngettext(
            "%(claims)s against journalists, media and citizens was registered %(when)s "
            "(%(ytd)s since the beginning of the year).",
            "%(claims)s against journalists, media and citizens were registered %(when)s "
            "(%(ytd)s since the beginning of the year).",
            total,
        ) % {"claims": count_noun(total, "legal_claim", lang), "when": when,
             "ytd": count(fs.get("legal.total", "ytd"), lang)})))
    codes = ["legal.total"]
    for kind in LEGAL_KINDS:
        codes += measures_of(fs, kind)
    codes += [c for c in measures_of(fs, "legal") if c not in codes]
    sec.add(summary_table(fs, lang, codes, caption=_("Legal claims: month and year to date"), always=LEGAL_KINDS))
    claimed, recovered = "legal.civil.claimed_kzt", "legal.civil.recovered_kzt"
    money_parts = [(m, sc) for m in (claimed, recovered) for sc in ("period", "ytd")]
    if not all(fs.known(m, sc) for m, sc in money_parts):
        published = [f"{fs.label(m)} ({headers_for(sc).lower()}): {money(fs.get(m, sc), lang)}"
                     for m, sc in money_parts if fs.known(m, sc)]
        if published:  # on the published basis: only the sums the organisation published
            sec.add(BulletList(published))
    else:
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
        sub = sec.add(Section(_heading(cat, items, lang, fs), key=code))
        ctx.add(sub, items, with_proceedings=True)
    return sec
