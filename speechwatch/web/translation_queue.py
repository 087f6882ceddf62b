"""The translation queue: which records still lack a translation, or have only a draft, per language.

Editors use it to finish an edition ("the Kazakh edition of April 2024") before it is published;
monitors use it to find what they can translate. Everything is computed by the database: the counts are
two GROUP BY queries per page (records by source language; translation rows by language and status)
and the list is one filtered, paginated query, so the page does not read every record into Python at
100,000 incidents. Only records the user may see are counted or listed (`restrict`). Over a whole
100,000-incident table the counts still read every row (a few hundred milliseconds on SQLite), so
`cached_counts` keeps them per kind, month and visibility scope until the data change (the facets'
data version plus the newest row of each translation history table), as the list's facets do.

A record's status in a language is "source" (its own text is in that language), "reviewed" or "draft"
(a non-empty translation row), else "missing". A record whose language is not recorded (`source_lang`
'') counts as missing in every language until someone records it (the editor does on save).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _

from speechwatch.core import permissions
from speechwatch.incidents.models import Actor, Case, Incident, Involvement, LegislativeEvent, LegislativeItem
from speechwatch.incidents.models.translations import LANG_CODES
from speechwatch.incidents.translations import MISSING, SOURCE, TRANSLATION_MODELS

# URL slug → master model, in the order of the kind filter
KINDS: dict[str, type[Any]] = {
    "incident": Incident,
    "case": Case,
    "legislative": LegislativeItem,
    "actor": Actor,
}
KIND_LABELS = {
    "incident": _("Incidents"),
    "case": _("Cases"),
    "legislative": _("Legislative items"),
    "actor": _("Actors"),
}
REVIEWED, DRAFT = "reviewed", "draft"
STATUS_ORDER = (SOURCE, REVIEWED, DRAFT, MISSING)
STATUS_LABELS = {SOURCE: _("source"), REVIEWED: _("reviewed"), DRAFT: _("draft"), MISSING: _("missing")}
# what the queue lists unless asked otherwise: what is still to do
DEFAULT_STATUSES = (MISSING, DRAFT)
QUEUE_STATUSES = (MISSING, DRAFT, REVIEWED)
ORDERING = {
    "incident": ("-registered_month", "-id"),
    "case": ("-id",),
    "legislative": ("-id",),
    "actor": ("name", "id"),
}


def kind_of(obj: Any) -> str:
    return next(slug for slug, model in KINDS.items() if isinstance(obj, model))


def _filled(model: type[Any]) -> Q:
    """A translation row with some text (an empty row counts as missing)."""
    q = Q()
    for name in model.FIELDS:
        q |= Q(**{f"{name}__gt": ""})
    return q


def status_subquery(kind: str, lang: str) -> Subquery:
    """The status of the record's non-empty translation into `lang` (NULL when there is none), as a
    scalar subquery on the (record, language) unique index. A scalar subquery is probed per row, so a
    page of the queue (newest first, LIMIT) reads a few hundred index entries; EXISTS conditions under
    an OR were planned by PostgreSQL as hashes of every translation row of the language instead."""
    model, fk = TRANSLATION_MODELS[KINDS[kind]]
    rows = model.objects.filter(_filled(model), **{f"{fk}_id": OuterRef("pk"), "lang": lang})
    return Subquery(rows.values("status")[:1])


def with_status(kind: str, records: QuerySet, langs: list[str], statuses: tuple[str, ...]) -> QuerySet:
    """The records whose text in one of `langs` has one of `statuses` ("source" is the recorded
    source language; "missing" no non-empty translation)."""
    q = Q()
    for lang in langs:
        own = Q(source_lang=lang)
        cond = Q()
        for status in statuses:
            if status == SOURCE:
                q |= own
            elif status == MISSING:
                cond |= Q(**{f"tr_{lang}__isnull": True})
            else:
                cond |= Q(**{f"tr_{lang}": status})
        if cond:
            q |= ~own & cond
    aliases = {f"tr_{lang}": status_subquery(kind, lang) for lang in langs}
    return records.alias(**aliases).filter(q)


def visible(kind: str, user: Any, month: dt.date | None = None) -> QuerySet:
    """The records of `kind` the user may see, optionally those of one registration month: incidents
    registered in it, and the cases, legislative items and actors those (visible) incidents name."""
    model = KINDS[kind]
    qs = model.objects.restrict(user)
    if kind == "actor":
        qs = qs.exclude(description="")  # an actor without a description has nothing to translate
    if month is None:
        return qs
    if kind == "incident":
        return qs.filter(registered_month=month)
    of_month = Incident.objects.restrict(user).filter(registered_month=month)
    if kind == "case":
        return qs.filter(Exists(of_month.filter(case_id=OuterRef("pk"))))
    if kind == "legislative":
        end = (month + dt.timedelta(days=32)).replace(day=1)
        events = LegislativeEvent.objects.filter(item_id=OuterRef("pk"), date__gte=month, date__lt=end)
        return qs.filter(Q(Exists(of_month.filter(pk=OuterRef("incident_id")))) | Q(Exists(events)))
    named = Involvement.objects.filter(Exists(of_month.filter(pk=OuterRef("incident_id"))), actor_id=OuterRef("pk"))
    return qs.filter(Exists(named))


def counts(kind: str, records: QuerySet) -> dict[str, dict[str, int]]:
    """lang → status → number of `records`, from two aggregate queries."""
    model, fk = TRANSLATION_MODELS[KINDS[kind]]
    by_source = dict(records.order_by().values_list("source_lang").annotate(n=Count("pk")))
    total = sum(by_source.values())
    rows = (
        model.objects.filter(_filled(model), **{f"{fk}__in": records.order_by().values("pk")})
        .exclude(lang=F(f"{fk}__source_lang"))
        .order_by()
        .values_list("lang", "status")
        .annotate(n=Count("pk"))
    )
    out = {lang: dict.fromkeys(STATUS_ORDER, 0) for lang in LANG_CODES}
    for lang, status, n in rows:
        if lang in out and status in out[lang]:
            out[lang][status] += n
    for lang in LANG_CODES:
        out[lang][SOURCE] = by_source.get(lang, 0)
        out[lang][MISSING] = total - sum(out[lang][s] for s in (SOURCE, REVIEWED, DRAFT))
    return out


CACHE_SECONDS = 120


def translations_version() -> tuple[Any, ...]:
    """The newest audit row of every translation table (each save or delete writes one)."""
    qn = connection.ops.quote_name
    tables = [qn(model.history.model._meta.db_table) for model, _fk in TRANSLATION_MODELS.values()]
    sql = "SELECT " + ", ".join(f"(SELECT MAX(history_id) FROM {t})" for t in tables)  # noqa: S608 (model tables)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(cursor.fetchone())


def cached_counts(kind: str, records: QuerySet, user: Any, month: dt.date | None) -> dict[str, dict[str, int]]:
    """`counts` for this kind, month and the user's visibility scope, from the cache while no record or
    translation has changed. Not cached inside a transaction the caller did not open (its writes could
    be rolled back and history ids reused), as for the list's facet counts."""
    from speechwatch.web.facets import data_version, visibility_scope

    if connection.in_atomic_block:
        return counts(kind, records)
    raw = f"{visibility_scope(user)}|{kind}|{month}|{data_version()}|{translations_version()}"
    key = "speechwatch:translation-queue:" + hashlib.sha256(raw.encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        found = counts(kind, records)
        cache.set(key, found, CACHE_SECONDS)
    return found


@dataclass
class QueueFilter:
    kind: str = "incident"
    lang: str = ""
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    month: dt.date | None = None

    def records(self, user: Any) -> QuerySet:
        return visible(self.kind, user, self.month)

    def todo(self, records: QuerySet) -> QuerySet:
        """The records whose text is in one of the chosen statuses in the chosen language (any
        language when none is chosen)."""
        langs = [self.lang] if self.lang else list(LANG_CODES)
        return with_status(self.kind, records, langs, self.statuses).order_by(*ORDERING[self.kind])


@dataclass
class QueueRow:
    """One record of the queue with its status in each language and where to edit each."""

    obj: Any
    kind: str
    statuses: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return str(getattr(self.obj, "title", "") or getattr(self.obj, "name", "") or self.obj)

    def cells(self) -> list[tuple[str, str, str, str]]:
        """(lang, status, status label, edit link) per language, in the queue's column order."""
        return [(lang, s, str(STATUS_LABELS[s]), self.links.get(lang, "")) for lang, s in self.statuses.items()]


def row_statuses(obj: Any) -> dict[str, str]:
    """Status per language of one listed record (its translations prefetched), by the same rule as the
    SQL conditions: a recorded source language only, empty rows missing."""
    rows = {r.lang: r for r in obj.translations.all()}
    out = {}
    for lang in LANG_CODES:
        row = rows.get(lang)
        if obj.source_lang == lang:
            out[lang] = SOURCE
        elif row is None or row.is_empty():
            out[lang] = MISSING
        else:
            out[lang] = row.status
    return out


def edit_link(obj: Any, kind: str, lang: str, user: Any) -> str:
    """Where to write `obj`'s text in `lang`: the incident editor when the user may edit the incident,
    else the record's translation page; anchored at the language's panel."""
    from django.urls import reverse

    if kind == "incident" and permissions.can_edit_incident(user, obj):
        url = reverse("web:incident_edit", args=[obj.pk])
    else:
        url = reverse("web:translation_edit", args=[kind, obj.pk])
    return f"{url}#tr-{lang}"


def queue_rows(objs: list[Any], kind: str, user: Any) -> list[QueueRow]:
    out = []
    for obj in objs:
        statuses = row_statuses(obj)
        links = {lang: edit_link(obj, kind, lang, user) for lang, s in statuses.items() if s != SOURCE}
        out.append(QueueRow(obj, kind, statuses, links))
    return out
