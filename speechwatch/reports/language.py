"""Which language a record's text is written in, and the text a report in a given language may print.

Records carry one title, summary and narrative, in whatever language the correspondent wrote them;
`reports.IncidentText` rows add a title and summary per language. A report never prints text in
another language than its own: a paragraph is kept only when its script says it is in the report's
language (Latin → en; Cyrillic with Kazakh letters → kk; other Cyrillic → ru). Script detection is
cheap, deterministic and right for the three languages the product serves; a Kazakh sentence
without any of the nine Kazakh letters reads as Russian, which errs on the side of leaving it out.
"""

from __future__ import annotations

from dataclasses import dataclass

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def text_lang(text: str) -> str | None:
    """"en", "ru" or "kk" by script; None for text without letters."""
    latin = cyrillic = 0
    kazakh = False
    for ch in text:
        if not ch.isalpha():
            continue
        if "a" <= ch.lower() <= "z":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            kazakh = kazakh or ch in KAZAKH_LETTERS
    if not latin and not cyrillic:
        return None
    if latin >= cyrillic:
        return "en"
    return "kk" if kazakh else "ru"


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


def local_text(incident, lang: str, translations: dict[tuple[int, str], tuple[str, str]]) -> LocalText:
    """The record's text for a report in `lang`. `translations` maps (incident id, lang) to the
    IncidentText (title, summary) rows."""
    own = translations.get((incident.pk, lang))
    narrative = "\n\n".join(paragraphs_in(incident.narrative or "", lang))
    if own is not None:
        title, summary = own
    elif text_lang(incident.title) in (lang, None):
        title, summary = incident.title, incident.summary if in_lang(incident.summary or "", lang) else ""
    else:
        return LocalText(None, "")
    summary = (summary or "").strip()
    if narrative and not _restates(narrative, summary):
        # the narrative is the fuller account: it replaces the summary instead of following it
        return LocalText(title, narrative)
    return LocalText(title, summary)
