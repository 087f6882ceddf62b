"""Pieces every report kind shares: the header, organisation contacts and the year-to-date helpers."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from speechwatch.reports.document import Document, Paragraph, Section
from speechwatch.reports.fmt import day_label
from speechwatch.reports.texts import get_text, paragraphs


def organisation() -> dict[str, str]:
    org = dict(getattr(settings, "SPEECHWATCH_ORGANISATION", {}) or {})
    org.setdefault("name", "speechwatch")
    return org


def new_document(kind: str, lang: str, title: str, published: dt.date | None, period_label: str) -> Document:
    doc = Document(
        kind=kind,
        lang=lang,
        title=title,
        organisation=organisation().get("name", ""),
        published=day_label(published or timezone.localdate(), lang),
        period_label=period_label,
    )
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
    }
    return doc


def text_section(doc: Document, key: str, title: str, period: str, sec_key: str | None = None) -> Section:
    sec = Section(title=title, key=sec_key or key)
    for para in paragraphs(get_text(doc.kind, key, doc.lang, period)):
        sec.add(Paragraph(para))
    return sec


def contacts_section(doc: Document, period: str) -> Section:
    org = organisation()
    sec = Section(title=_("Contacts"), key="contacts")
    for para in paragraphs(get_text(doc.kind, "method", doc.lang, period)):
        sec.add(Paragraph(para, style="note"))
    lines = []
    if org.get("name"):
        lines.append(org["name"])
    if org.get("monitoring_head"):
        lines.append(_("Head of the monitoring service: %(name)s") % {"name": org["monitoring_head"]})
    if org.get("email"):
        lines.append(_("Email: %(email)s") % {"email": org["email"]})
    for extra in ("phone", "website", "address"):
        if org.get(extra):
            lines.append(org[extra])
    for line in lines:
        sec.add(Paragraph(line))
    return sec
