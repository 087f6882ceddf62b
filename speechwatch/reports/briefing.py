"""The thematic briefing: a selection of incidents and people on one subject (for example people
imprisoned on charges considered politically motivated), recommendations, and numbered footnotes to
the sources of each case — the shape of the briefing papers coalitions send to governments."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.utils import translation
from django.utils.translation import gettext as _

from speechwatch.reports import data
from speechwatch.reports.common import new_document, text_section
from speechwatch.reports.document import Document, IncidentList, Paragraph, PersonEntry, PersonList, Section
from speechwatch.reports.fmt import count, day_label
from speechwatch.stats.periods import parse_period

PERSON_ROLES = ("victim", "defendant")
ACCUSED_ROLES = ("accused", "defendant")


def build_briefing(
    lang: str = "en",
    published: dt.date | None = None,
    period: str | None = None,
    query: str = "",
    categories: list[str] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    title: str = "",
) -> Document:
    """Incidents matching `query` (every word, in title, summary or narrative) and/or `categories`,
    dated between `date_from` and `date_to` (or within `period`)."""
    if period:
        p = parse_period(period)
        date_from, date_to = date_from or p.start, date_to or p.end
    date_from = date_from or dt.date(1991, 1, 1)
    date_to = date_to or dt.date(2999, 12, 31)
    with translation.override(lang):
        return _build(lang, published, query, categories or [], date_from, date_to, title)


def _build(lang, published, query, categories, date_from, date_to, title) -> Document:
    subject = title or query or ", ".join(_category_labels(categories, lang)) or _("selected cases")
    doc = new_document("briefing", lang, title or _("Briefing: %(subject)s") % {"subject": subject}, published,
                       "")
    items = list(data.incidents(date_from, date_to, categories=categories, query=query, by_date=True))
    span = [i.date for i in items if i.date]
    if span:
        doc.period_label = f"{day_label(min(span), lang)} — {day_label(max(span), lang)}"
    doc.subtitle = _("%(n)s cases selected from the monitoring database.") % {"n": count(len(items), lang)}

    summary = doc.add(text_section(doc, "summary", _("Summary"), ""))
    summary.title = _("Summary")
    people = _people(doc, items, lang)
    if people.entries:
        sec = doc.add(Section(_("People concerned"), key="people"))
        sec.add(people)
    by_cat: dict[str, list] = OrderedDict()
    for inc in items:
        by_cat.setdefault(inc.primary_category.code, []).append(inc)
    for code, group in by_cat.items():
        sec = doc.add(Section(group[0].primary_category.label_in(lang), key=code))
        entries = []
        for inc in group:
            e = data.entry(inc, lang, with_proceedings=True)
            e.footnotes = [doc.footnote(data.source_note(s)) for s in inc.sources.all() if data.source_note(s)]
            entries.append(e)
        sec.add(IncidentList(entries, follow_up_label=_("follow-up")))
    if not items:
        doc.add(Section(_("Cases"), key="cases")).add(Paragraph(_("No cases match this selection.")))
    rec = doc.add(text_section(doc, "recommendations", _("Recommendations"), ""))
    rec.title = _("Recommendations")
    return doc


def _category_labels(codes: list[str], lang: str) -> list[str]:
    from speechwatch.vocab.models import Category

    return [c.label_in(lang) for c in Category.objects.filter(code__in=codes)]


def _people(doc: Document, items: list, lang: str) -> PersonList:
    """People (not outlets or bodies) involved as victims or defendants, with the charges, sentence and
    restrictions recorded on the criminal or administrative proceedings of their cases."""
    people: dict[int, PersonEntry] = OrderedDict()
    for inc in items:
        persons = [iv.actor for iv in inc.involvements.all() if iv.role in PERSON_ROLES and iv.actor.kind == "person"]
        procs = [p for p in inc.proceedings.all() if p.kind in ("criminal", "administrative")]
        for p in procs:
            persons += [pt.actor for pt in p.parties.all() if pt.role in ACCUSED_ROLES and pt.actor.kind == "person"]
        for actor in persons:
            entry = people.setdefault(actor.pk, PersonEntry(name=actor.name))
            charges, sentences, restrictions = [], [], []
            for p in procs:
                for b in p.bases.all():
                    charges.append(f"{b.article.code_id} {b.article.article} ({b.article.label_in(lang)})")
                for st in p.stages.all():
                    if st.kind == "sentence":
                        sentences.append(f"{st.note or st.get_kind_display()} ({day_label(st.date, lang)})")
                if p.outcome_note:
                    restrictions.append(p.outcome_note)
                if not any(st.kind == "sentence" for st in p.stages.all()) and p.outcome != "pending":
                    sentences.append(str(p.get_outcome_display()))
            entry.charges = "; ".join(dict.fromkeys([*filter(None, entry.charges.split("; ")), *charges]))
            entry.sentence = "; ".join(dict.fromkeys([*filter(None, entry.sentence.split("; ")), *sentences]))
            entry.restrictions = "; ".join(dict.fromkeys([*filter(None, entry.restrictions.split("; ")),
                                                          *restrictions]))
            if not entry.details:
                entry.details = inc.summary or inc.title
            for s in inc.sources.all():
                note = data.source_note(s)
                if note:
                    n = doc.footnote(note)
                    if n not in entry.footnotes:
                        entry.footnotes.append(n)
    return PersonList(list(people.values()), labels={"charges": _("Charges"), "sentence": _("Sentence"),
                                                     "restrictions": _("Restrictions")})
