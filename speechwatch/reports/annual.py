"""The annual report: one chapter per kind of violation, as in the monitoring service's annual reports.

Which categories feed which chapter comes from the codebook (`Category.chapter`), so an organisation
with another typology regroups chapters by editing its codebook. Narrative chapters (overview,
legislation introduction, conclusions, recommendations) are editable text blocks.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from types import SimpleNamespace

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from speechwatch.reports import charts as C
from speechwatch.reports import data
from speechwatch.reports.common import authored, basis_statement, contacts_section, new_document, partial_caveat
from speechwatch.reports.document import BulletList, Chart, Document, Paragraph, Section, Table
from speechwatch.reports.figures import FigureSet, load, measures_of, summary_table
from speechwatch.reports.fmt import basis_citation, count, count_noun, day_label, money, period_phrase, sentence
from speechwatch.reports.language import in_lang
from speechwatch.reports.monthly import Entries, add_basis_note, lead_section
from speechwatch.reports.plan import load_plan, translations
from speechwatch.stats.periods import Period

CHAPTERS = [
    ("overview", gettext_lazy("General overview")),
    ("legislation", gettext_lazy("Legislation on freedom of expression and access to information")),
    ("murders", gettext_lazy("Murders")),
    ("threats", gettext_lazy("Threats")),
    ("attacks", gettext_lazy("Attacks")),
    ("detention", gettext_lazy("Detention")),
    ("obstruction", gettext_lazy("Obstruction of lawful professional activity")),
    ("elections", gettext_lazy("Freedom of expression during elections")),
    ("access", gettext_lazy("Access to information")),
    ("criminal", gettext_lazy("Criminal prosecution")),
    ("civil", gettext_lazy("Civil claims")),
    ("administrative", gettext_lazy("Administrative cases")),
    ("conclusions", gettext_lazy("Conclusions")),
    ("recommendations", gettext_lazy("Recommendations")),
]
LEGAL_CHAPTERS = {"criminal", "civil", "administrative"}


ANNUAL_LIST_LIMIT = 400  # beyond this many records, an annual report lists only the editors' selection


def build_annual(period: Period, lang: str = "en", published: dt.date | None = None,
                 preview: bool = False) -> Document:
    from speechwatch.stats.queries import counting_statuses

    plan = load_plan("annual", period.label)
    # every figure of the report (tables, comparisons, charts) counts the plan's data basis
    with translation.override(lang), counting_statuses(plan.statuses):
        return _build(period, lang, published, preview)


def _chapter_categories() -> dict[str, list]:
    from speechwatch.vocab.models import Category

    out: dict[str, list] = OrderedDict()
    for cat in Category.objects.select_related("group").order_by("group__order", "order", "code"):
        out.setdefault(cat.chapter, []).append(cat)
    return out


def _build(period: Period, lang: str, published: dt.date | None, preview: bool) -> Document:
    year = str(period.start.year) if period.kind == "year" else period_phrase(period, lang, "nom")
    title = sentence(_("Freedom of speech in Kazakhstan %(when)s: annual report")
                     % {"when": period_phrase(period, lang, "in")})
    doc = new_document("annual", lang, title, published, year)
    doc.preview = preview
    plan = load_plan("annual", period.label)
    doc.basis = basis_statement(plan.basis)
    fs = load(period, lang, scopes=("period", "previous_year"), statuses=plan.statuses)
    rows = data.incident_rows(period.start, period.end, statuses=plan.statuses)
    doc.caveat = partial_caveat(period.start, period.end, sorted({month for _, month in rows}), lang)
    # an annual report lists what the editors selected (the whole register is the incident list's
    # download): only those incidents are loaded, so a year of ten thousand records stays cheap
    select_all = not plan.has_selection() and len(rows) <= ANNUAL_LIST_LIMIT
    light = [SimpleNamespace(pk=pk) for pk, _ in rows]
    lead_ids = [i.pk for i in plan.leads(light)]
    listed_ids = [i.pk for i in plan.listed(light, default=select_all)]
    full = {i.pk: i for i in data.incidents(period.start, period.end, statuses=plan.statuses,
                                            ids=lead_ids + listed_ids)}
    leads = [full[pk] for pk in lead_ids if pk in full]
    listed = [full[pk] for pk in listed_ids if pk in full]
    incidents = rows
    ctx = Entries(lang, translations([i.pk for i in leads + listed], lang), preview, plan.untranslated == "mark")
    by_chapter: dict[str, list] = OrderedDict()
    cats = _chapter_categories()
    chapter_of = {c.code: ch for ch, cs in cats.items() for c in cs}
    for inc in listed:
        by_chapter.setdefault(chapter_of.get(inc.primary_category.code, ""), []).append(inc)
    key = period.label

    number = 0
    for chapter, label in CHAPTERS:
        blocks = []
        if chapter in ("conclusions", "recommendations"):
            blocks = authored(doc, chapter, key)
            if not blocks:
                continue  # never a placeholder: an unwritten chapter is left out
        number += 1
        sec = doc.add(Section(f"{number}. {label}", key=chapter))
        for block in blocks:
            sec.add(block)
        if chapter == "overview":
            _overview(sec, doc, period, fs, lang, by_chapter.get("overview", []), ctx, key)
            if len(listed) < len(incidents):
                sec.add(Paragraph(_("The chapters list the cases the editors selected: %(n)s of %(total)s records; "
                                    "the full register is a separate download.")
                                  % {"n": count(len(listed) + len(leads), lang), "total": count(len(incidents), lang)},
                                  style="note"))
            if leads:
                number += 1
                doc.add(_renumber(lead_section(doc, plan, leads, ctx, key), number))
        elif chapter == "legislation":
            for block in authored(doc, "legislation_intro", key):
                sec.add(block)
            lead_laws = any(chapter_of.get(i.primary_category.code) == "legislation" for i in leads)
            _legislation(sec, period, by_chapter.get("legislation", []), ctx, doc, lead_laws)
        elif chapter not in ("conclusions", "recommendations"):
            _violation_chapter(sec, chapter, cats.get(chapter, []), fs, period, lang, by_chapter.get(chapter, []), ctx)
    closing = authored(doc, "closing", key)
    if closing:
        sec = doc.add(Section(_("Closing"), key="closing"))
        for block in closing:
            sec.add(block)
    doc.add(contacts_section(doc, key, plan.basis))
    ctx.check("annual", period.label)
    return doc


def _renumber(sec: Section, number: int) -> Section:
    sec.title = f"{number}. {sec.title}"
    return sec


def _overview(sec: Section, doc: Document, period: Period, fs: FigureSet, lang: str, items: list, ctx: Entries,
              key: str) -> None:
    for block in authored(doc, "intro", key) + authored(doc, "overview", key):
        sec.add(block)
    total = fs.get("reports.total")
    if fs.known("reports.total"):
        sec.add(Paragraph(sentence(_("%(when)s the monitoring service registered %(reports)s of violations "
                                     "(%(prev)s in the previous year).")
                                   % {"when": period_phrase(period, lang, "in"),
                                      "reports": count_noun(total, "report", lang),
                                      "prev": count(fs.get("reports.total", "previous_year"), lang)}), style="lead"))
    sec.add(summary_table(fs, lang, fs.order, caption=_("Reports registered in the year"),
                          scopes=("period", "previous_year")))
    add_basis_note(sec, fs)
    # the money chart belongs to the civil claims chapter: printed once, there
    for make in (C.month_by_group_chart, C.region_chart, C.perpetrator_chart):
        spec = make(period, lang)
        if spec is not None:
            sec.add(Chart(spec))
    if items:
        sub = sec.add(Section(_("Official statements and other developments"), key="overview-events"))
        ctx.add(sub, items)


def _legislation(sec: Section, period: Period, items: list, ctx: Entries, doc: Document,
                 has_leads: bool = False) -> None:
    lang = ctx.lang
    every = list(data.legislative_events(period.start, period.end))
    by_item: dict[int, list] = OrderedDict()
    for ev in every:
        by_item.setdefault(ev.item_id, []).append(ev)
    rows = []
    for evs in by_item.values():
        item = evs[0].item
        title = ctx.legislative(item)
        if title is None:
            continue
        steps = "; ".join(f"{day_label(e.date, lang)} — {e.get_status_display()}" for e in evs)
        rows.append([title, str(item.get_kind_display()), steps])
    if rows:
        sec.add(Table([_("Act"), _("Kind"), _("Steps in the year")], rows, caption=_("Legislative items"),
                      numeric_from=99))
    if items:
        ctx.add(sec, items)
    if not every and not items and not has_leads:
        sec.add(Paragraph(_("No legislative changes were registered in the period.")))


def _violation_chapter(sec, key, cats, fs: FigureSet, period, lang, items, ctx: Entries) -> None:
    codes = []
    for cat in cats:
        if cat.code in fs.labels:
            codes += measures_of(fs, cat.code)
    if codes:
        sec.add(summary_table(fs, lang, codes, scopes=("period", "previous_year"),
                              always=[c.code for c in cats if c.code in fs.labels]))
    if key in LEGAL_CHAPTERS:
        _proceedings(sec, items, lang, ctx.texts)
    if key == "civil":
        claimed, recovered = fs.get("legal.civil.claimed_kzt"), fs.get("legal.civil.recovered_kzt")
        if fs.known("legal.civil.claimed_kzt") and fs.known("legal.civil.recovered_kzt"):
            sec.add(Paragraph(_("Moral damages claimed: %(c)s; amounts recovered by courts: %(r)s.")
                              % {"c": money(claimed, lang), "r": money(recovered, lang)}))
        else:  # on the published basis: only the sums the organisation published
            known = [m for m in ("legal.civil.claimed_kzt", "legal.civil.recovered_kzt") if fs.known(m)]
            if known:
                sec.add(BulletList([f"{fs.label(m)}: {money(fs.get(m), lang)}" for m in known]))
        spec = C.money_chart(period, lang)
        if spec is not None:
            sec.add(Chart(spec))
    if not items:
        if not any(fs.get(c) for c in codes):  # never "none" where the figures count some
            sec.add(Paragraph(_("No such cases were registered in the period.")))
        return
    by_cat: dict[str, list] = OrderedDict()
    for inc in items:
        by_cat.setdefault(inc.primary_category.code, []).append(inc)
    for code, group in by_cat.items():
        target = sec
        if len(by_cat) > 1:
            n = sum(1 for i in group if not i.is_follow_up)
            target = sec.add(Section(f"{group[0].primary_category.label_in(lang)} ({count(n, lang)})", key=code))
        ctx.add(target, group, with_proceedings=key in LEGAL_CHAPTERS)


def _proceedings(sec: Section, items: list, lang: str, texts: dict) -> None:
    from speechwatch.reports.language import local_text

    rows = []
    for inc in items:
        own = local_text(inc, lang, texts).title
        for p in inc.proceedings.all():
            name = p.title if p.title and in_lang(p.title, lang) else own
            if not name:
                continue
            parties = {}
            for party in p.parties.all():
                parties.setdefault(party.role, []).append(party.actor.name)
            against = ", ".join(parties.get("defendant", []) + parties.get("accused", []))
            by = ", ".join(parties.get("plaintiff", []) + parties.get("complainant", []))
            bases = ", ".join(basis_citation(b, lang) for b in p.bases.all())
            claimed = sum(a.amount_kzt for a in p.amounts.all() if a.kind == "claimed")
            rows.append([
                day_label(p.filed_on, lang) if p.filed_on else "",
                name, against, by, bases,
                money(claimed, lang) if claimed else "",
                str(p.get_outcome_display()),
            ])
    if rows:
        sec.add(Table([_("Filed"), _("Case"), _("Against"), _("Brought by"), _("Articles"), _("Claimed"),
                       _("Outcome")], rows, caption=_("Proceedings"), numeric_from=99))


__all__ = ["CHAPTERS", "BulletList", "build_annual"]
