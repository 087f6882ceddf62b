"""Pieces every report kind shares: the header, the organisation's identity and contacts, the data
basis statement and the partial-period caveat."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from speechwatch.core import phrasing
from speechwatch.reports.document import Document, Paragraph, Section
from speechwatch.reports.fmt import count_noun, day_label, sentence
from speechwatch.reports.texts import get_text, paragraphs


def organisation(lang: str = "en") -> dict[str, str]:
    """The organisation's identity in `lang` (reports.Organisation, set in the browser), or an empty
    dict: a report never prints an identity in another language, nor an invented one."""
    from speechwatch.reports.models import Organisation

    org = Organisation.objects.filter(lang=lang).first()
    if org is None:
        return {}
    return {
        "name": org.name, "monitoring_head": org.head, "head_title": org.head_title, "email": org.email,
        "phone": org.phone, "website": org.website, "address": org.address,
        "logo": org.logo.path if org.logo else "",
    }  # fmt: skip


def new_document(kind: str, lang: str, title: str, published: dt.date | None, period_label: str) -> Document:
    org = organisation(lang)
    doc = Document(
        kind=kind,
        lang=lang,
        title=title,
        organisation=org.get("name", ""),
        published=day_label(published or timezone.localdate(), lang),
        period_label=period_label,
    )
    doc.logo = org.get("logo", "")
    doc.labels = {
        "published": _("Published"),
        "follow_up": _("follow-up"),
        "footnotes": _("Notes"),
        "date": _("Date"),
        "place": _("Place"),
        "charges": _("Charges"),
        "sentence": _("Sentence"),
        "restrictions": _("Restrictions"),
        "contents": _("Contents"),
        "untranslated": _("untranslated: left out of the final report"),
    }
    return doc


def text_section(doc: Document, key: str, title: str, period: str, sec_key: str | None = None) -> Section:
    sec = Section(title=title, key=sec_key or key)
    for para in paragraphs(get_text(doc.kind, key, doc.lang, period)):
        sec.add(Paragraph(para))
    return sec


def authored(doc: Document, key: str, period: str) -> list[Paragraph]:
    """The editors' text block `key` of this report in its language (no built-in default)."""
    return [Paragraph(p) for p in paragraphs(get_text(doc.kind, key, doc.lang, period, default=False))]


def basis_statement(basis: str) -> str:
    if basis == "verified":
        return _("Data basis: verified and published incidents (records an editor has verified, whether or not "
                 "they are published yet).")
    return _("Data basis: published incidents only (the same records as the public statistics pages).")


def partial_caveat(start: dt.date, end: dt.date, covered: list[dt.date], lang: str) -> str:
    """A sentence saying the report covers less than its period, or "" when it covers all of it."""
    today = timezone.localdate()
    last_month = end.replace(day=1)
    if end > today:
        return sentence(_("The period is not over: this report covers only %(span)s.") % {
            "span": phrasing.date_range(start, today, lang, "in")})
    if start.month == end.month and start.year == end.year:
        return ""
    if not covered or max(covered) >= last_month:
        return ""
    first, last = min(covered), max(covered)
    n = (last.year - first.year) * 12 + last.month - first.month + 1
    return sentence(_("This report covers %(months)s, %(span)s: no records are registered after %(last)s.") % {
        "months": count_noun(n, "month", lang),
        "span": phrasing.range_phrase((first.year, first.month), (last.year, last.month), lang, "in"),
        "last": phrasing.period_phrase(last.year, last.month, lang, "nom")})


def contacts_section(doc: Document, period: str, basis: str = "") -> Section:
    org = organisation(doc.lang)
    sec = Section(title=_("Contacts"), key="contacts")
    for para in paragraphs(get_text(doc.kind, "method", doc.lang, period)):
        sec.add(Paragraph(para, style="note"))
    if basis:
        sec.add(Paragraph(basis_statement(basis), style="note"))
    lines = []
    if org.get("name"):
        lines.append(org["name"])
    if org.get("monitoring_head"):
        title = org.get("head_title") or _("Head of the monitoring service")
        lines.append(f"{title}: {org['monitoring_head']}")
    if org.get("email"):
        lines.append(_("Email: %(email)s") % {"email": org["email"]})
    for extra in ("phone", "website", "address"):
        if org.get(extra):
            lines.append(org[extra])
    for line in lines:
        sec.add(Paragraph(line))
    return sec
