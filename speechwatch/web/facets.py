"""Counts per facet beside the incident list: how the filtered rows divide by group, category, year,
region, perpetrator, affected outlet, proceeding kind and legal article.

Every count is over the list's own queryset (`IncidentFilterSet.qs` over `Incident.objects.restrict`),
so an anonymous visitor's counts leave out what the list leaves out, and the proceeding facets look
only at proceedings the user may see (`Proceeding.objects.restrict`): a confidential case's proceeding
or article never shows, not even as a count. Each value counts distinct incidents and each count is
what the filter of that value gives (the filters and the counts share their definitions: primary
category, region at the time, state perpetrator, outlet as victim, own or case proceeding), so a
click on "Almaty (12)" lists 12 incidents.

Four queries whatever the size: one GROUP BY over the incidents (category × year, which also gives
the groups and the exact total), one over their places, one over their involvements, and one union
for the proceedings' kinds and articles, each a semi-join on the filtered ids (no row per incident
travels to Python). At 100,000 incidents they still read most of the table (tens to hundreds of
milliseconds), so `cached_counts` keeps them per view and visibility scope until the data change:
a fingerprint of the history tables (every save of an incident, case, proceeding or actor writes a
history row; one indexed MAX each), a per-process generation bumped by saves of places, involvements,
legal bases and secondary categories, and at most CACHE_SECONDS for changes that bypass both (bulk
loads in another process).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, F, Q, QuerySet, Value
from django.db.models.functions import Concat, ExtractYear
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _

from speechwatch.core.permissions import role_of
from speechwatch.incidents.choices import ProceedingKind
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    Proceeding,
    ProceedingBasis,
)
from speechwatch.web.filtersets import OUTLET_KINDS, PERPETRATOR_KINDS, STATE_PERPETRATOR, Codebook
from speechwatch.web.listing import canonical_query

TOP = 8  # values shown before "more"
CACHE_SECONDS = 120
_generation = [0]


def _bump(**kwargs: Any) -> None:
    _generation[0] += 1


for _model in (IncidentPlace, Involvement, ProceedingBasis):
    post_save.connect(_bump, sender=_model, weak=False, dispatch_uid=f"facets-{_model.__name__}")
    post_delete.connect(_bump, sender=_model, weak=False, dispatch_uid=f"facets-del-{_model.__name__}")
m2m_changed.connect(_bump, sender=Incident.secondary_categories.through, weak=False, dispatch_uid="facets-m2m")


def data_version() -> tuple[Any, ...]:
    """The newest history row of incidents, cases, proceedings and actors (one query, four index
    lookups) and this process's generation: any edit made through the application changes it."""
    qn = connection.ops.quote_name
    tables = [qn(m.history.model._meta.db_table) for m in (Incident, Case, Proceeding, Actor)]
    sql = "SELECT " + ", ".join(f"(SELECT MAX(history_id) FROM {t})" for t in tables)  # noqa: S608 (model tables)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return (*cursor.fetchone(), _generation[0])


def visibility_scope(user: Any) -> str:
    """Users who see the same rows share counts: anonymous visitors, viewers, editors and admins by
    role; a monitor also sees their own confidential drafts, so each has a scope of their own."""
    role = role_of(user)
    if role in ("editor", "admin"):
        return "all"
    if role == "monitor":
        return f"monitor:{user.pk}"
    return role or "anonymous"


def cached_counts(qs: QuerySet, user: Any, book: Codebook, query: str, use_cache: bool = True) -> Counts:
    """`count_facets` of the view `query` (its canonical query string) for this user's scope, from
    the cache while the data have not changed. The caller passes `use_cache=False` inside a
    transaction it did not open (its writes could be rolled back, and history ids reused)."""
    if not use_cache:
        return count_facets(qs, user, book)
    raw = f"{visibility_scope(user)}|{query}|{data_version()}"
    key = "speechwatch:facets:" + hashlib.sha256(raw.encode()).hexdigest()
    counts = cache.get(key)
    if counts is None:
        counts = count_facets(qs, user, book)
        cache.set(key, counts, CACHE_SECONDS)
    return counts


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    href: str
    selected: bool = False


@dataclass
class Facet:
    name: str  # the filter parameter a value sets
    title: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def top(self) -> list[FacetValue]:
        return self.values[:TOP]

    @property
    def more(self) -> list[FacetValue]:
        return self.values[TOP:]


@dataclass(frozen=True)
class Counts:
    """Raw counts: {facet name: {key: incidents}} and the exact number of filtered incidents."""

    total: int
    by: dict[str, dict[str, int]]


NO_ARTICLE = " "  # the article key of a proceeding without a legal basis (Concat of two NULLs)


def _proceeding_counts(parts: list[QuerySet]) -> tuple[dict[str, int], dict[str, int]]:
    """({kind: incidents}, {article: incidents}) over querysets of (`fk` kind, `fa` article, `fi`
    incident) rows: one UNION ALL, read twice from a CTE (the visible proceedings are found once) and
    counted distinctly, so an incident reached twice (its own proceeding and its case's, or two bases)
    counts once per key."""
    sqls, params = [], []
    for qs in parts:
        sql, p = qs.values_list("fk", "fa", "fi").query.sql_with_params()
        sqls.append(f"SELECT * FROM ({sql}) AS p{len(sqls)}")  # noqa: S608 (SQL compiled by the ORM)
        params.extend(p)
    query = (
        f"WITH u AS ({' UNION ALL '.join(sqls)}) "  # noqa: S608 (SQL compiled by the ORM)
        "SELECT 'k', fk, COUNT(DISTINCT fi) FROM u GROUP BY fk "
        "UNION ALL SELECT 'a', fa, COUNT(DISTINCT fi) FROM u WHERE fa IS NOT NULL AND fa <> %s GROUP BY fa"
    )
    kinds: dict[str, int] = {}
    articles: dict[str, int] = {}
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, NO_ARTICLE])
        for which, key, n in cursor.fetchall():
            if key is not None:
                (kinds if which == "k" else articles)[str(key)] = int(n)
    return kinds, articles


def count_facets(qs: QuerySet, user: Any, book: Codebook) -> Counts:
    """The counts of every facet over `qs` (the filtered, visible incidents)."""
    try:
        return _count_facets(qs.order_by(), user, book)
    except EmptyResultSet:  # a filter that can match nothing (a search without hits: `pk IN ()`)
        return Counts(total=0, by={})


def _count_facets(qs: QuerySet, user: Any, book: Codebook) -> Counts:
    if qs.query.is_empty():  # e.g. a search without a single word: nothing to count
        return Counts(total=0, by={})
    ids = qs.values("pk")
    by: dict[str, dict[str, int]] = {}

    cat_year = qs.values_list("primary_category_id", ExtractYear("date")).annotate(n=Count("pk"))
    categories: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    years: Counter[str] = Counter()
    for cat, year, n in cat_year:
        code = book.category_code.get(cat)
        if code:
            categories[code] += n
        gid = book.category_group.get(cat)
        if gid in book.group:
            groups[book.group[gid][0]] += n
        if year is not None:
            years[str(year)] += n
    total = sum(n for *_k, n in cat_year)  # every incident once, whatever the labels cached
    by["group"], by["category"], by["year"] = dict(groups), dict(categories), dict(years)

    regions = (
        IncidentPlace.objects.filter(incident_id__in=ids, region_then__isnull=False)
        .values_list("region_then__code")
        .annotate(n=Count("incident_id", distinct=True))
    )
    by["region"] = {code: n for code, n in regions}

    outlets = [k for k, _l in OUTLET_KINDS]
    outlet_victim = Q(role="victim", actor__kind="outlet")
    aggregates = {
        "state": Count("incident_id", distinct=True, filter=Q(role="perpetrator") & STATE_PERPETRATOR),
        "non_state": Count("incident_id", distinct=True, filter=Q(role="perpetrator") & ~STATE_PERPETRATOR),
        "any": Count("incident_id", distinct=True, filter=Q(role="perpetrator")),
        **{f"o_{k}": Count("incident_id", distinct=True, filter=outlet_victim & Q(actor__subkind=k)) for k in outlets},
    }
    inv = Involvement.objects.filter(incident_id__in=ids).filter(
        Q(role="perpetrator") | outlet_victim
    ).aggregate(**aggregates)  # fmt: skip
    by["perpetrator_kind"] = {
        "state": inv["state"] or 0,
        "non_state": inv["non_state"] or 0,
        "unknown": total - (inv["any"] or 0),
    }
    by["outlet_kind"] = {k: inv[f"o_{k}"] or 0 for k in outlets}

    procs = Proceeding.objects.restrict(user).order_by()  # no ORDER BY inside the union
    own = procs.filter(incident_id__in=ids)
    via_case = procs.filter(case_id__isnull=False, case__incidents__in=ids)
    article = Concat(F("bases__article__code_id"), Value(" "), F("bases__article__article"))
    by["proceeding_kind"], by["article"] = _proceeding_counts(
        [
            own.annotate(fk=F("kind"), fa=article, fi=F("incident_id")),
            via_case.annotate(fk=F("kind"), fa=article, fi=F("case__incidents__id")),
        ]
    )
    return Counts(total=total, by={k: {key: n for key, n in v.items() if n} for k, v in by.items()})


def build_facets(counts: Counts, params: Any, names: list[str], book: Codebook) -> list[Facet]:
    """The facets as the page shows them: labelled values, largest first (years newest first), each a
    link to the list with that value set (or, when it is the one chosen, with it removed)."""
    labels: dict[str, dict[str, str]] = {
        "group": dict(book.group_choices),
        "category": {code: label.lstrip("— ") for code, label in book.category_choices},
        "region": dict(book.region_choices),
        "perpetrator_kind": {k: str(v) for k, v in PERPETRATOR_KINDS},
        "outlet_kind": {k: str(v) for k, v in OUTLET_KINDS},
        "proceeding_kind": {k: str(v) for k, v in ProceedingKind.choices},
        "article": dict(book.article_choices),
    }
    titles = {
        "group": _("Group"),
        "category": _("Category"),
        "year": _("Year of the incident"),
        "region": _("Region at the time"),
        "perpetrator_kind": _("Perpetrator"),
        "outlet_kind": _("Outlet affected"),
        "proceeding_kind": _("Proceeding kind"),
        "article": _("Legal article"),
    }
    facets = []
    for name, title in titles.items():
        values = counts.by.get(name, {})
        chosen = str(params.get(name, "") or "")
        if not values and not chosen:
            continue
        if name == "year":
            order = sorted(values, reverse=True)
        else:
            order = sorted(values, key=lambda k, v=values: (-v[k], labels.get(name, {}).get(k, k)))
        facet = Facet(name=name, title=str(title))
        for key in order:
            selected = key == chosen
            query = canonical_query(params, names, **{name: None if selected else key})
            facet.values.append(
                FacetValue(
                    key=key,
                    label=labels.get(name, {}).get(key, key),
                    count=values[key],
                    href=f"?{query}" if query else "?",
                    selected=selected,
                )
            )
        facets.append(facet)
    return facets
