"""The thematic briefing: a selection of incidents and people on one subject (for example people
imprisoned on charges considered politically motivated), recommendations, and numbered footnotes to
the sources of each case — the shape of the briefing papers coalitions send to governments."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.utils import translation
from django.utils.translation import gettext as _

from speechwatch.incidents import legal_terms as terms
from speechwatch.reports import data
from speechwatch.reports.common import new_document, text_section
from speechwatch.reports.document import Document, IncidentList, Paragraph, PersonEntry, PersonList, Section
from speechwatch.reports.fmt import count_noun, day_label
from speechwatch.reports.people import people_concerned, proceeding_lines, verified_parties
from speechwatch.stats.periods import parse_period


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
    doc.subtitle = _("%(incidents)s selected from the monitoring database.") % {
        "incidents": count_noun(len(items), "incident", lang)}

    summary = doc.add(text_section(doc, "summary", _("Summary"), ""))
    summary.title = _("Summary")
    from speechwatch.reports.plan import translations

    texts = translations([i.pk for i in items], lang)
    people = _people(doc, items, lang, texts)
    if people.entries:
        sec = doc.add(Section(_("People concerned"), key="people"))
        sec.add(people)
    parties = list(verified_parties(items))
    by_cat: dict[str, list] = OrderedDict()
    for inc in items:
        by_cat.setdefault(inc.primary_category.code, []).append(inc)
    for code, group in by_cat.items():
        sec = doc.add(Section(group[0].primary_category.label_in(lang), key=code))
        entries = []
        for inc in group:
            # the record's text in the briefing's language; without one, its own text under the visible
            # "not translated" marker (a briefing has no plan to refuse on: it never falls back silently)
            e = data.local_entry(inc, lang, texts, mark=True)
            lines = proceeding_lines(inc, lang, parties)
            if lines:
                e.narrative = (e.narrative + "\n\n" if e.narrative else "") + "\n".join(lines)
            e.footnotes = [doc.footnote(data.source_note(s)) for s in inc.sources.all() if data.source_note(s)]
            entries.append(e)
        sec.add(IncidentList(entries, follow_up_label=_("follow-up")))
    if not items:
        doc.add(Section(_("Cases"), key="cases")).add(Paragraph(_("No cases match this selection.")))
    rec = doc.add(text_section(doc, "recommendations", _("Recommendations"), ""))
    rec.title = _("Recommendations")
    return doc


def _details(inc, lang: str, texts: dict) -> str:
    """A person's details line: the incident's summary (else title) in the briefing's language, else its
    own under the "not translated" marker."""
    from speechwatch.core.textlang import text_lang
    from speechwatch.reports.language import shown_in

    own = texts.get((inc.pk, lang))
    if own is not None:
        return own[1] or own[0]
    source = inc.source_lang or text_lang(f"{inc.title} {inc.summary}") or ""
    if source in (lang, ""):
        return inc.summary or inc.title
    return f"[{shown_in(source)}] {inc.summary or inc.title}"


def _category_labels(codes: list[str], lang: str) -> list[str]:
    from speechwatch.vocab.models import Category

    return [c.label_in(lang) for c in Category.objects.filter(code__in=codes)]


def _people(doc: Document, items: list, lang: str, texts: dict | None = None) -> PersonList:
    """People tied to a charge or a sentence by a verified proceeding record (`reports.people`), with
    their charges, custody status, sentence and bans from the structured fields, in `lang`. A person
    merely named in an incident (an involvement, a narrative) is never listed here."""
    by_id = {inc.pk: inc for inc in items}
    entries = []
    for person in people_concerned(items, lang):
        entry = PersonEntry(
            name=person.name,
            charges="; ".join(person.charges),
            sentence="; ".join(person.sentences),
            restrictions="; ".join([*person.custody, *person.bans]),
        )
        for inc_id in person.incident_ids:
            inc = by_id.get(inc_id)
            if inc is None:
                continue
            if not entry.details:
                entry.details = _details(inc, lang, texts or {})
            for s in inc.sources.all():
                note = data.source_note(s)
                if note and (n := doc.footnote(note)) not in entry.footnotes:
                    entry.footnotes.append(n)
        entries.append(entry)
    labels = {
        "charges": terms.phrase("charges", lang),
        "sentence": terms.phrase("sentence", lang),
        "restrictions": terms.phrase("custody_and_restrictions", lang),
    }
    return PersonList(entries, labels=labels)
