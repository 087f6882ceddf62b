"""Which language a record's text is written in, and the text a report in a given language may print.

Records carry a title, summary and narrative in the language the correspondent wrote them
(`source_lang`); `incidents.IncidentTranslation` rows add the other languages. A report never prints text in
another language than its own: a paragraph is kept only when its script says it is in the report's
language (Latin → en; Cyrillic with Kazakh letters → kk; other Cyrillic → ru). Script detection is
cheap, deterministic and right for the three languages the product serves; a Kazakh sentence
without any of the nine Kazakh letters reads as Russian, which errs on the side of leaving it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from speechwatch.core.fallback import LANG_NAMES, shown_in
from speechwatch.core.textlang import KAZAKH_LETTERS, text_lang

__all__ = ["KAZAKH_LETTERS", "LocalText", "Missing", "UntranslatedRecords", "in_lang", "local_text", "paragraphs_in",
           "shown_in", "text_lang"]

def in_lang(text: str, lang: str) -> bool:
    found = text_lang(text)
    return found is None or found == lang


def paragraphs_in(text: str, lang: str) -> list[str]:
    """The paragraphs of a text (blank-line separated) written in `lang`."""
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n")]
    return [c for c in chunks if c and text_lang(c) == lang]


@dataclass
class LocalText:
    """What a report in one language may print of a record: None title means untranslated."""

    title: str | None
    body: str  # the summary or the narrative, never both


def _restates(narrative: str, summary: str) -> bool:
    """A narrative that only repeats the summary (starts with it, or contains it whole)."""
    n, s = " ".join(narrative.split()), " ".join(summary.split())
    return bool(s) and n.startswith(s) and len(n) - len(s) < 40


def local_text(incident, lang: str, translations: dict[tuple[int, str], tuple[str, str, str]]) -> LocalText:
    """The record's text for a report in `lang`. `translations` maps (incident id, lang) to the
    record's translation (title, summary, narrative) in that language (see reports.plan.translations)."""
    own = translations.get((incident.pk, lang))
    source = incident.source_lang or text_lang(f"{incident.title} {incident.summary}")
    if own is not None:
        title, summary, narrative = own
    elif source in (lang, None):
        title, summary, narrative = incident.title, incident.summary, ""
        summary = summary if in_lang(summary or "", lang) else ""
    else:
        return LocalText(None, "")
    if not narrative:
        # the record's narrative may hold paragraphs in several languages (ingested reports): only those
        # in the report's language may be printed
        narrative = "\n\n".join(paragraphs_in(incident.narrative or "", lang))
    summary = (summary or "").strip()
    narrative = narrative.strip()
    if narrative and not _restates(narrative, summary):
        # the narrative is the fuller account: it replaces the summary instead of following it
        return LocalText(title, narrative)
    return LocalText(title, summary)


@dataclass(frozen=True)
class Missing:
    """A record a report in some language would print without having text in that language."""

    kind: str  # "incident" | "legislative item"
    pk: int
    title: str


def queue_url(lang: str, period: str, kind: str = "incident") -> str:
    """The translation queue (/translations/, the editing pages) filtered to what a report of `period`
    needs: the language, the kind of record and, for a monthly report, its registration month (the
    queue filters by month; an annual report's link lists the language's whole queue)."""
    from urllib.parse import urlencode

    query = {"lang": lang, "month": period} if len(period) == 7 else {"lang": lang}
    if kind != "incident":
        query = {"kind": kind, **query}
    return "/translations/?" + urlencode(query)


class UntranslatedRecords(ValueError):
    """The final render of a report refused because records have no text in the report's language
    (the plan's choice "refuse"). The message lists them and says where to translate them; it is
    composed in the active language when shown, so a command line and an editor each read their own."""

    def __init__(self, kind: str, period: str, lang: str, missing: list[Missing]) -> None:
        self.kind, self.period, self.lang, self.missing = kind, period, lang, missing
        self.url = queue_url(lang, period)
        if any(m.kind == "legislative item" for m in missing):
            self.url += " " + queue_url(lang, period, "legislative")
        super().__init__(kind, period, lang)

    def __str__(self) -> str:
        from django.utils.translation import gettext as _
        from django.utils.translation import ngettext

        head = ngettext(
            "The %(lang)s %(kind)s report %(period)s was not rendered: %(n)s record has no %(lang)s text.",
            "The %(lang)s %(kind)s report %(period)s was not rendered: %(n)s records have no %(lang)s text.",
            len(self.missing),
        ) % {"lang": LANG_NAMES.get(self.lang, self.lang), "kind": self.kind, "period": self.period,
             "n": len(self.missing)}
        lines = [f"{m.kind} #{m.pk}: {m.title}" for m in self.missing[:50]]
        if len(self.missing) > 50:
            lines.append("…")
        tail = _("Translate them in the translation queue (%(url)s), or choose in the report editor to print "
                 "them marked as not translated (speechwatch report … --untranslated mark).") % {"url": self.url}
        drafts = _("A draft translation is printed only once an editor has marked it reviewed.")
        # head and advice on the first line: a failed render job shows its error's first line
        return "\n".join([f"{head} {tail} {drafts}", *lines])


def source_text(incident) -> tuple[str, LocalText]:
    """A record's own text and its language, as "mark" mode prints it under its marker."""
    own = incident.source_lang or text_lang(f"{incident.title} {incident.summary}") or ""
    local = local_text(incident, own, {}) if own else LocalText(incident.title, incident.summary)
    return own, LocalText(local.title or incident.title, local.body)
