"""The columns of a download and the licence line: one definition read by every writer and by the
data dictionary page, so the page cannot describe a column the files do not have."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from speechwatch.core import permissions


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # "integer", "text", "date", "month", "boolean", "datetime", "list"
    meaning: str | Promise
    staff_only: bool = False  # written only for signed-in roles (anonymous rows are public by definition)


COLUMNS: tuple[Column, ...] = (
    Column("id", "integer", _("Stable number of the incident; its page is /incidents/<id>/.")),
    Column("url", "text", _("Address of the incident's page on this site.")),
    Column("title", "text", _("Short title of the incident, as the list shows it.")),
    Column("date", "date", _("Date of the incident (YYYY-MM-DD); see date_precision. Empty when unknown.")),
    Column(
        "date_precision",
        "text",
        _("How much of the date is known: day, month (the day is a placeholder) or year."),
    ),
    Column(
        "registered_month",
        "month",
        _("Month (YYYY-MM) whose monthly report counts the incident; the list is ordered by it, newest first."),
    ),
    Column("category_code", "text", _("Code of the main category (see the codebook below).")),
    Column("category", "text", _("Main category, in the language of the download.")),
    Column("group_code", "text", _("Code of the category group.")),
    Column("group", "text", _("Category group, in the language of the download.")),
    Column("secondary_categories", "list", _("Codes of further categories, separated by “; ”.")),
    Column(
        "places",
        "list",
        _("Places as the list shows them: name and, in brackets, today's region; separated by “; ”."),
    ),
    Column("regions_then", "list", _("Codes of the regions the places belonged to on the incident's date.")),
    Column("regions_now", "list", _("Codes of the regions the places belong to today.")),
    Column("status", "text", _("Publication status code: draft, verified, published or rejected.")),
    Column("status_label", "text", _("Publication status, in the language of the download.")),
    Column(
        "is_follow_up",
        "boolean",
        _("true when the incident reports a new step of a known case (statistics do not count it again)."),
    ),
    Column("case_id", "integer", _("Number of the case the incident belongs to; empty when none is shown.")),
    Column("case_title", "text", _("Title of that case.")),
    Column("summary", "text", _("Short public summary of the incident.")),
    Column("text_lang", "text", _("Language of title and summary (kk, ru or en): the download's language, or "
                                  "the record's own when it has no translation (see is_fallback).")),
    Column("is_fallback", "boolean", _("True when the record has no text in the language asked for (lang=) and "
                                       "its own text is given instead.")),
    Column("published_at", "datetime", _("When the incident was published (ISO 8601, UTC).")),
    Column(
        "is_confidential",
        "boolean",
        _("Staff only: the record is confidential and never shown to the public."),
        staff_only=True,
    ),
    Column(
        "confidential_notes",
        "text",
        _("Staff only: confidential notes, filled only for the roles allowed to read them."),
        staff_only=True,
    ),
)

DEFAULT_LICENCE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}


def columns_for(user: Any) -> tuple[Column, ...]:
    """The columns a user's download has: anonymous visitors never get the staff-only ones."""
    staff = permissions.role_of(user) is not None
    return tuple(c for c in COLUMNS if staff or not c.staff_only)


def licence() -> dict[str, str]:
    """The licence of the open data: SPEECHWATCH_DATA_LICENCE = {"name": ..., "url": ...} in settings,
    CC BY 4.0 by default."""
    configured = getattr(settings, "SPEECHWATCH_DATA_LICENCE", None) or {}
    out = dict(DEFAULT_LICENCE)
    out.update({k: str(v) for k, v in configured.items() if k in ("name", "url")})
    return out


def attribution() -> str:
    """Who to credit: the organisation of settings.SPEECHWATCH_ORGANISATION."""
    org = getattr(settings, "SPEECHWATCH_ORGANISATION", {}) or {}
    return str(org.get("name") or "speechwatch")
