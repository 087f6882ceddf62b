"""The audit history of an incident and its proceedings as the detail page shows it: who, when, and
which fields changed from what to what (django-simple-history records)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

from speechwatch.core import permissions

MAX_ENTRIES = 30
CONFIDENTIAL_FIELDS = {"confidential_notes"}
HISTORY_TYPES = {"+": _("created"), "~": _("changed"), "-": _("deleted")}


@dataclass
class Change:
    field: str
    old: Any
    new: Any


@dataclass
class Entry:
    when: Any
    who: str
    what: str
    action: str
    reason: str
    changes: list[Change] = field(default_factory=list)


def _label(model: Any, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name)
    except Exception:
        return name


def _entries(records: list[Any], what: str, hide: set[str]) -> list[Entry]:
    """Entries for one object's records (newest first); each diffed against the next older record."""
    out = []
    for i, rec in enumerate(records[:MAX_ENTRIES]):
        changes: list[Change] = []
        older = records[i + 1] if i + 1 < len(records) else None
        if older is not None and rec.history_type == "~":
            delta = rec.diff_against(older)
            changes = [
                Change(_label(rec.instance_type, c.field), c.old, c.new) for c in delta.changes if c.field not in hide
            ]
        out.append(
            Entry(
                when=rec.history_date,
                who=rec.history_user.username if rec.history_user else "—",
                what=what,
                action=str(HISTORY_TYPES.get(rec.history_type, rec.history_type)),
                reason=rec.history_change_reason or "",
                changes=changes,
            )
        )
    return out


def history_entries(user: Any, incident: Any, proceedings: list[Any]) -> list[Entry]:
    hide = set() if permissions.can_see_confidential(user, incident) else CONFIDENTIAL_FIELDS
    records = list(
        incident.history.select_related("history_user").order_by("-history_date", "-history_id")[: MAX_ENTRIES + 1]
    )
    entries = _entries(records, str(_("Incident")), hide)
    for p in proceedings:
        recs = list(
            p.history.select_related("history_user").order_by("-history_date", "-history_id")[: MAX_ENTRIES + 1]
        )
        entries += _entries(recs, f"{_('Proceeding')}: {p}", hide)
    entries += translation_entries(incident)
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:MAX_ENTRIES]


def translation_entries(obj: Any, lang: str = "") -> list[Entry]:
    """The audit history of `obj`'s translations (all languages, or `lang`), newest first: each
    language's records are diffed against that language's previous record, so a change shows which
    fields (and the status) moved from what to what, and who made it."""
    from speechwatch.incidents.models.translations import LANG_CODES, TRANSLATION_LANGS
    from speechwatch.incidents.translations import TRANSLATION_MODELS

    model, fk = TRANSLATION_MODELS[type(obj)]
    names = dict(TRANSLATION_LANGS)
    langs = [lang] if lang else list(LANG_CODES)
    records = list(  # one query for every language
        model.history.filter(**{f"{fk}_id": obj.pk, "lang__in": langs})
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[: len(langs) * (MAX_ENTRIES + 1)]
    )
    entries: list[Entry] = []
    for code in langs:
        mine = [r for r in records if r.lang == code]
        entries += _entries(mine, f"{_('Translation')} ({names.get(code, code)})", {"updated_by"})  # "who" says it
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:MAX_ENTRIES]
