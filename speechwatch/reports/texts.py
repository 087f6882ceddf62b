"""Narrative text blocks: editable in the database (ReportText), with built-in defaults.

The defaults are deliberately neutral templates an editor replaces; they say what the chapter is for
rather than pretend to analysis the software cannot do.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

DEFAULTS = {
    "overview": _(
        "This report summarises the violations of freedom of expression and of the right to receive and "
        "disseminate information that the monitoring service registered during the period. The figures "
        "below are computed from verified reports of correspondents and from open sources."
    ),
    "legislation_intro": _(
        "This chapter lists the bills, laws, decrees and other regulatory changes affecting freedom of "
        "expression that were discussed, adopted or entered into force during the period."
    ),
    "conclusions": _(
        "The editors will state the main conclusions of the period here: the most frequent kinds of "
        "violations, the regions and actors involved, and the changes compared with the previous period."
    ),
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

KEYS = {
    "monthly": ["method"],
    "annual": ["overview", "legislation_intro", "conclusions", "recommendations"],
    "briefing": ["summary", "recommendations"],
}
KEY_LABELS = {
    "overview": _("General overview"),
    "legislation_intro": _("Introduction to the legislation chapter"),
    "conclusions": _("Conclusions"),
    "recommendations": _("Recommendations"),
    "summary": _("Summary"),
    "method": _("Method note"),
}


def get_text(kind: str, key: str, lang: str, period: str = "") -> str:
    """The text for (kind, key, lang): the period's own text, else the kind's general one, else the
    built-in default in the active language."""
    from speechwatch.stats.models import ReportText

    rows = {
        r.period: r.body
        for r in ReportText.objects.filter(kind=kind, key=key, lang=lang, period__in=[period, ""])
    }
    if rows.get(period):
        return rows[period]
    if rows.get(""):
        return rows[""]
    return str(DEFAULTS.get(key, ""))


def paragraphs(text: str) -> list[str]:
    """Split a text block into paragraphs on blank lines, joining wrapped lines."""
    out = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        joined = " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        if joined:
            out.append(joined)
    return out
