"""Narrative text blocks: editable in the database (ReportText), with built-in defaults.

Only briefings and the method note have built-in defaults; a monthly or annual report prints a
narrative block only when the editors wrote it, so no placeholder ever reaches a published report.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

DEFAULTS = {
    # briefings (speechwatch.reports.briefing) keep their general defaults
    "recommendations": _(
        "Ensure that journalists can work without obstruction, threats or attacks, and investigate every "
        "such case promptly and effectively.\n\n"
        "Answer information requests from journalists and citizens fully and within the time limits set "
        "by law.\n\n"
        "Bring legislation on defamation and on dissemination of false information in line with "
        "international standards on freedom of expression."
    ),
    "summary": _(
        "This briefing brings together the cases registered by the monitoring service on the subject "
        "named in its title, with the people concerned and the sources for each case."
    ),
    "method": _(
        "The monitoring was prepared from reports of the organisation's correspondents and information "
        "from open sources."
    ),
}

# Monthly and annual reports print only what the editors wrote: a section without authored text has
# no narrative block (never a placeholder). The order is the report's reading order.
SECTION_KEYS = {
    "monthly": ["intro", "lead", "incidents", "events", "legislation", "legal", "also", "closing", "method"],
    "annual": ["intro", "overview", "lead", "legislation_intro", "conclusions", "recommendations", "closing",
               "method"],
    "briefing": ["summary", "recommendations"],
}
KEYS = SECTION_KEYS
KEY_LABELS = {
    "intro": _("Introduction"),
    "lead": _("Lead stories (introduction)"),
    "incidents": _("Incidents by category (introduction)"),
    "events": _("Events (introduction)"),
    "legislation": _("Legislative changes (introduction)"),
    "legal": _("Legal claims (introduction)"),
    "also": _("Also in the period (introduction)"),
    "closing": _("Closing"),
    "overview": _("General overview"),
    "legislation_intro": _("Introduction to the legislation chapter"),
    "conclusions": _("Conclusions"),
    "recommendations": _("Recommendations"),
    "summary": _("Summary"),
    "method": _("Method note"),
}


def get_text(kind: str, key: str, lang: str, period: str = "", default: bool = True) -> str:
    """The text for (kind, key, lang): the period's own text, else the kind's general one, else the
    built-in default in the active language (unless `default` is False)."""
    from speechwatch.stats.models import ReportText

    rows = {
        r.period: r.body
        for r in ReportText.objects.filter(kind=kind, key=key, lang=lang, period__in=[period, ""])
    }
    if rows.get(period):
        return rows[period]
    if rows.get(""):
        return rows[""]
    return str(DEFAULTS.get(key, "")) if default else ""


def paragraphs(text: str) -> list[str]:
    """Split a text block into paragraphs on blank lines, joining wrapped lines."""
    out = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        joined = " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        if joined:
            out.append(joined)
    return out
