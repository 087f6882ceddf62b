"""The annual report: one chapter per kind of violation, as in the monitoring service's annual reports.

Which categories feed which chapter comes from the codebook (`Category.chapter`), so an organisation
with another typology regroups chapters by editing its codebook. Narrative chapters (overview,
legislation introduction, conclusions, recommendations) are editable text blocks.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from speechwatch.reports import charts as C
from speechwatch.reports import data
from speechwatch.reports.common import contacts_section, new_document, text_section
from speechwatch.reports.document import BulletList, Chart, Document, IncidentList, Paragraph, Section, Table
from speechwatch.reports.figures import FigureSet, load, measures_of, summary_table
from speechwatch.reports.fmt import count, day_label, money
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


def build_annual(period: Period, lang: str = "en", published: dt.date | None = None) -> Document:
    with translation.override(lang):
        return _build(period, lang, published)


def _chapter_categories() -> dict[str, list]:
    from speechwatch.vocab.models import Category

    out: dict[str, list] = OrderedDict()
    for cat in Category.objects.select_related("group").order_by("group__order", "order", "code"):
        out.setdefault(cat.chapter, []).append(cat)
    return out


def _build(period: Period, lang: str, published: dt.date | None) -> Document:
    year = str(period.start.year) if period.kind == "year" else period.label
    title = _("Freedom of speech in Kazakhstan in %(year)s: annual report") % {"year": year}
    doc = new_document("annual", lang, title, published, year)
    fs = load(period, lang, scopes=("period", "previous_year"))
    incidents = list(data.incidents(period.start, period.end))
    by_chapter: dict[str, list] = OrderedDict()
    cats = _chapter_categories()
    chapter_of = {c.code: ch for ch, cs in cats.items() for c in cs}
    for inc in incidents:
        by_chapter.setdefault(chapter_of.get(inc.primary_category.code, ""), []).append(inc)

    for number, (key, label) in enumerate(CHAPTERS, 1):
        sec = doc.add(Section(f"{number}. {label}", key=key))
        if key == "overview":
            _overview(sec, doc, period, fs, lang, by_chapter.get("overview", []))
        elif key == "legislation":
            for block in text_section(doc, "legislation_intro", "", period.label).blocks:
                sec.add(block)
            _legislation(sec, period, by_chapter.get("legislation", []), lang)
        elif key in ("conclusions", "recommendations"):
            for block in text_section(doc, key, "", period.label).blocks:
                sec.add(block)
        else:
            _violation_chapter(sec, key, cats.get(key, []), fs, period, lang, by_chapter.get(key, []))
    doc.add(contacts_section(doc, period.label))
    return doc


def _overview(sec: Section, doc: Document, period: Period, fs: FigureSet, lang: str, items: list) -> None:
    for block in text_section(doc, "overview", "", period.label).blocks:
        sec.add(block)
    total = fs.get("reports.total")
    sec.add(Paragraph(_("In %(year)s the monitoring service registered %(n)s reports of violations "
                        "(%(prev)s in the previous year).")
                      % {"year": doc.period_label, "n": count(total, lang),
                         "prev": count(fs.get("reports.total", "previous_year"), lang)}, style="lead"))
    sec.add(summary_table(fs, lang, fs.order, caption=_("Reports registered in the year"),
                          scopes=("period", "previous_year")))
    for make in (C.month_by_group_chart, C.region_chart, C.perpetrator_chart, C.money_chart):
        spec = make(period, lang)
        if spec is not None:
            sec.add(Chart(spec))
    if items:
        sub = sec.add(Section(_("Official statements and other developments"), key="overview-events"))
        sub.add(IncidentList([data.entry(i, lang) for i in items], follow_up_label=_("follow-up")))


def _legislation(sec: Section, period: Period, items: list, lang: str) -> None:
    events = list(data.legislative_events(period.start, period.end))
    if events:
        by_item: dict[int, list] = OrderedDict()
        for ev in events:
            by_item.setdefault(ev.item_id, []).append(ev)
        rows = []
        for evs in by_item.values():
            item = evs[0].item
            steps = "; ".join(f"{day_label(e.date, lang)} — {e.get_status_display()}" for e in evs)
            rows.append([item.title, str(item.get_kind_display()), steps])
        sec.add(Table([_("Act"), _("Kind"), _("Steps in the year")], rows, caption=_("Legislative items"),
                      numeric_from=99))
    if items:
        sec.add(IncidentList([data.entry(i, lang) for i in items], follow_up_label=_("follow-up")))
    if not events and not items:
        sec.add(Paragraph(_("No legislative changes were registered in the period.")))


def _violation_chapter(sec, key, cats, fs: FigureSet, period, lang, items) -> None:
    codes = []
    for cat in cats:
        if cat.code in fs.labels:
            codes += measures_of(fs, cat.code)
    if codes:
        sec.add(summary_table(fs, lang, codes, scopes=("period", "previous_year"),
                              always=[c.code for c in cats if c.code in fs.labels]))
    if key in LEGAL_CHAPTERS:
        _proceedings(sec, items, lang)
    if key == "civil":
        claimed, recovered = fs.get("legal.civil.claimed_kzt"), fs.get("legal.civil.recovered_kzt")
        sec.add(Paragraph(_("Moral damages claimed: %(c)s; amounts recovered by courts: %(r)s.")
                          % {"c": money(claimed, lang), "r": money(recovered, lang)}))
        spec = C.money_chart(period, lang)
        if spec is not None:
            sec.add(Chart(spec))
    if not items:
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
        target.add(IncidentList([data.entry(i, lang, key in LEGAL_CHAPTERS) for i in group],
                                follow_up_label=_("follow-up")))


def _proceedings(sec: Section, items: list, lang: str) -> None:
    rows = []
    for inc in items:
        for p in inc.proceedings.all():
            parties = {}
            for party in p.parties.all():
                parties.setdefault(party.role, []).append(party.actor.name)
            against = ", ".join(parties.get("defendant", []) + parties.get("accused", []))
            by = ", ".join(parties.get("plaintiff", []) + parties.get("complainant", []))
            bases = ", ".join(f"{b.article.code_id} {b.article.article}" for b in p.bases.all())
            claimed = sum(a.amount_kzt for a in p.amounts.all() if a.kind == "claimed")
            rows.append([
                day_label(p.filed_on, lang) if p.filed_on else "",
                p.title or inc.title, against, by, bases,
                money(claimed, lang) if claimed else "",
                str(p.get_outcome_display()),
            ])
    if rows:
        sec.add(Table([_("Filed"), _("Case"), _("Against"), _("Brought by"), _("Articles"), _("Claimed"),
                       _("Outcome")], rows, caption=_("Proceedings"), numeric_from=99))


__all__ = ["CHAPTERS", "BulletList", "build_annual"]
