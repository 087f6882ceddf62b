"""All proceeding-based measures (in court, legal bases, honor claims, decisions, money) in ONE
statement, written in SQL that SQLite and PostgreSQL both run.

Why hand-written SQL here when the rest of the engine uses the ORM: these measures all start from "the
proceedings first reported by a verified incident registered in the period" (methodology v2 §3.1),
and the recovered money needs, per scope, "the latest award of the proceeding up to the scope's
end"; through the ORM that is one query per measure and scope. Here the counted proceedings of the
scopes' hull are collected once in a CTE (`cp`) — one index range scan on the counted incidents of
the hull's months plus one probe per incident into the proceedings' incident_id index — and each
measure is a conditional COUNT/SUM over it. The honor-claim check, the first court stage and the
legal bases (as bit masks of the codebook's mapped articles) are scalar subqueries, i.e. index
probes by proceeding id, so no planner hashes a whole table to answer them and cp keeps one row per
proceeding. Joins are written as CROSS JOIN + WHERE: PostgreSQL plans them like inner joins, and
SQLite keeps the written order instead of guessing from missing statistics.

The counting rules are the same as `queries.py` (which the ORM paths for id lists and breakdowns use);
the tests check both against hand-computed figures and check that each count equals the length of its
id list.
"""

# ruff: noqa: S608 -- only table names from model Meta and fixed SQL words are interpolated; every value is a parameter
from __future__ import annotations

import re
from typing import Any

from django.db import connection

from speechwatch.incidents.choices import COURT_STAGES, DECISION_STAGES
from speechwatch.incidents.models import (
    Case,
    Incident,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    StageEvent,
)
from speechwatch.stats import measures as M
from speechwatch.stats import queries as Qs
from speechwatch.stats.periods import Period

Values = dict[tuple[str, str], int]
LEGAL_KINDS = {M.IN_COURT, M.HONOR, M.BASIS, M.DECISIONS, M.DECISIONS_FOR_MEDIA, M.CLAIMED, M.RECOVERED}


class _Sql:
    """Parameters by token, so fragments can be built in any order: `p()` returns a unique marker and
    `finish()` turns the markers of the final text into %s with the parameters in text order."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def p(self, value: Any) -> str:
        if hasattr(value, "isoformat"):
            value = connection.ops.adapt_datefield_value(value)
        token = f"\x00{len(self.values)}\x00"
        self.values[token] = value
        return token

    def many(self, values) -> str:
        return ", ".join(self.p(v) for v in values)

    def embed(self, sql: str, params) -> str:
        """An ORM-compiled fragment with its own %s parameters."""
        pieces = sql.split("%s")
        out = pieces[0]
        for value, piece in zip(params, pieces[1:], strict=True):
            out += self.p(value) + piece
        return out

    def finish(self, sql: str) -> tuple[str, list[Any]]:
        params = []

        def swap(match: re.Match) -> str:
            params.append(self.values[match.group(0)])
            return "%s"

        return _TOKEN.sub(swap, sql), params


_TOKEN = re.compile("\x00\\d+\x00")


def _tables() -> dict[str, str]:
    from speechwatch.vocab.models import LegalArticle

    return {
        "inc": Incident._meta.db_table,
        "proc": Proceeding._meta.db_table,
        "basis": ProceedingBasis._meta.db_table,
        "stage": StageEvent._meta.db_table,
        "money": MoneyAmount._meta.db_table,
        "art": LegalArticle._meta.db_table,
        "case": Case._meta.db_table,
    }


def legal_values(selected: list[M.Measure], ranges: dict[str, Period], filters: dict | None, hull: Period) -> Values:
    """Values of every selected proceeding-based measure for every scope, in one round trip."""
    from speechwatch.vocab.models import LegalArticle

    if not selected:
        return {}
    t = _tables()
    q = _Sql()
    scopes = list(ranges.items())
    articles = list(LegalArticle.objects.exclude(measure="").values_list("pk", "measure"))
    honor_ids = [pk for pk, measure in articles if measure == M.HONOR_MEASURE] or [-1]
    counted = q.many(Qs.counted_statuses())

    def honor(proc: str) -> str:
        return (
            f"({proc}.kind = 'civil' AND ({proc}.is_honor_claim OR (SELECT 1 FROM {t['basis']} hb "
            f"WHERE hb.proceeding_id = {proc}.id AND hb.article_id IN ({q.many(honor_ids)}) LIMIT 1) IS NOT NULL))"
        )

    filter_sql = ""
    filters = Qs.effective_filters(filters)
    if filters:
        filter_sql = f"{_refilter(filters, q)}{_public_proc(filters, 'p', t)}"

    # cp: counted proceedings filed (or, without a filing day, registered) in the hull
    court = (
        f"CASE WHEN p.kind = 'criminal' THEN (SELECT MIN(cs.date) FROM {t['stage']} cs WHERE cs.proceeding_id = p.id "
        f"AND cs.kind IN ({q.many(sorted(COURT_STAGES))})) END"
    )
    # the legal bases of a proceeding as bit masks: bit k set when it has the k-th mapped article (one
    # index probe per proceeding; a measure is then a bitwise AND, and cp keeps one row per proceeding)
    mapped = [pk for pk, _measure in articles]
    chunks = [mapped[i : i + 62] for i in range(0, len(mapped), 62)]
    bit_of = {pk: (n, 1 << k) for n, chunk in enumerate(chunks) for k, pk in enumerate(chunk)}
    bits = "".join(_bits_column(q, t["basis"], n, chunk) for n, chunk in enumerate(chunks))
    # smallest/largest id of the counted incidents registered in the hull (one index-only range scan):
    # ids grow with registration, so "incident id in [lo, hi]" is a necessary condition that an
    # incident_id index (of proceedings, of stages) answers as a range scan. (id + 0: a plain MIN(id)
    # is rewritten to "walk the id index until a row matches".)
    bounds = (
        f"bounds AS (SELECT MIN(bi.id + 0) AS lo, MAX(bi.id + 0) AS hi FROM {t['inc']} bi "
        f"WHERE bi.status IN ({counted}) "
        f"AND bi.registered_month >= {q.p(hull.first_month)} AND bi.registered_month <= {q.p(hull.end)})"
    )
    in_bounds = "{a}.incident_id >= (SELECT lo FROM bounds) AND {a}.incident_id <= (SELECT hi FROM bounds)"
    # cp: the counted proceedings whose incident (the one that reported them first) was registered in
    # the hull (methodology v2 §3.1): a range scan of the proceedings' incident_id index within the
    # bounds, then one probe per proceeding for its incident
    cte = (
        f"WITH {bounds}, cp AS (SELECT p.id, p.kind, i.registered_month AS reg_month, "
        f"{court} AS court_on, CASE WHEN {honor('p')} THEN 1 ELSE 0 END AS honor{bits} "
        f"FROM {t['proc']} p CROSS JOIN {t['inc']} i "
        f"WHERE {in_bounds.format(a='p')} AND i.id = p.incident_id AND i.status IN ({counted}) "
        f"AND i.registered_month >= {q.p(hull.first_month)} AND i.registered_month <= {q.p(hull.end)}{filter_sql})"
    )

    def filed_in(prefix: str, per: Period) -> str:
        return f"({prefix}.reg_month >= {q.p(per.first_month)} AND {prefix}.reg_month <= {q.p(per.end)})"

    columns: list[str] = []
    keys: list[tuple[str, str]] = []
    proc_measures = [m for m in selected if m.kind in (M.IN_COURT, M.HONOR, M.BASIS)]
    if proc_measures:
        aggs = []
        for m in proc_measures:
            for scope, per in scopes:
                if m.kind == M.IN_COURT:
                    cond = f"cp.kind = 'criminal' AND cp.court_on <= {q.p(per.end)} AND {filed_in('cp', per)}"
                elif m.kind == M.HONOR:
                    cond = f"cp.honor = 1 AND {filed_in('cp', per)}"
                else:
                    masks: dict[int, int] = {}
                    for pk, measure in articles:
                        if measure == m.code:
                            n, bit = bit_of[pk]
                            masks[n] = masks.get(n, 0) | bit
                    has = " OR ".join(f"(cp.bits{n} & {q.p(mask)}) <> 0" for n, mask in masks.items()) or "1 = 0"
                    cond = f"({has}) AND {filed_in('cp', per)}"
                aggs.append(f"COUNT(CASE WHEN {cond} THEN 1 END)")
                keys.append((m.code, scope))
        columns.append(f"SELECT {', '.join(aggs)} FROM cp")
    claimed = [m for m in selected if m.kind == M.CLAIMED]
    if claimed:
        aggs = []
        for scope, per in scopes:
            aggs.append(f"SUM(CASE WHEN {filed_in('cp', per)} THEN m.amount_kzt END)")
            keys.append((claimed[0].code, scope))
        columns.append(
            f"SELECT {', '.join(aggs)} FROM cp CROSS JOIN {t['money']} m "
            f"WHERE m.proceeding_id = cp.id AND cp.honor = 1 AND m.kind = 'claimed'"
        )
    decisions = [m for m in selected if m.kind in (M.DECISIONS, M.DECISIONS_FOR_MEDIA)]
    if decisions:
        # a judicial act counts in the registration month of the incident that reported it; without
        # one, at the later of its date and the proceeding's registration month (queries.stage_when)
        when = (
            "COALESCE(si.registered_month, CASE WHEN s.date > i.registered_month THEN s.date "
            "ELSE i.registered_month END)"
        )
        aggs = []
        for m in decisions:
            for scope, per in scopes:
                cond = f"{when} >= {q.p(per.first_month)} AND {when} <= {q.p(per.end)}"
                if m.kind == M.DECISIONS_FOR_MEDIA:
                    cond += " AND s.in_favour_of_media"
                aggs.append(f"COUNT(CASE WHEN {cond} THEN 1 END)")
                keys.append((m.code, scope))
        # candidates, each branch an index path: stages reported by an incident within the hull's id
        # bounds (stage.incident_id); unreported ones dated in the hull (stage_kind_date); unreported
        # ones of proceedings within the bounds (proceeding.incident_id, then stage.proceeding_id).
        # Together they hold every stage whose placement can fall in the hull.
        kinds = q.many(sorted(DECISION_STAGES))
        candidates = (
            f"SELECT ca.id FROM {t['stage']} ca WHERE {in_bounds.format(a='ca')} "
            f"UNION SELECT cb.id FROM {t['stage']} cb WHERE cb.kind IN ({kinds}) "
            f"AND cb.date >= {q.p(hull.first_month)} AND cb.date <= {q.p(hull.end)} AND cb.incident_id IS NULL "
            f"UNION SELECT cc.id FROM {t['proc']} pc CROSS JOIN {t['stage']} cc "
            f"WHERE {in_bounds.format(a='pc')} AND cc.proceeding_id = pc.id AND cc.incident_id IS NULL"
        )
        columns.append(
            f"SELECT {', '.join(aggs)} FROM {t['stage']} s CROSS JOIN {t['proc']} sp CROSS JOIN {t['inc']} i "
            f"LEFT JOIN {t['inc']} si ON si.id = s.incident_id "
            f"WHERE s.id IN ({candidates}) AND sp.id = s.proceeding_id AND i.id = sp.incident_id "
            f"AND s.kind IN ({q.many(sorted(DECISION_STAGES))}) AND {when} >= {q.p(hull.first_month)} "
            f"AND {when} <= {q.p(hull.end)} AND i.status IN ({q.many(Qs.counted_statuses())}) "
            f"AND (s.incident_id IS NULL OR si.status IN ({q.many(Qs.counted_statuses())})) AND {honor('sp')}"
            f"{_refilter(filters, q)}{_public_proc(filters, 'sp', t)}{_public_stage(filters)}"
        )
    recovered = [m for m in selected if m.kind == M.RECOVERED]
    if recovered:
        # per proceeding, the latest award (by date, then id) issued up to the scope's end, counted
        # when it was issued in the scope: an appeal award replaces the earlier one, never adds to
        # it (§3.4); undated amounts at the registration month of the proceeding's incident
        def when(alias: str) -> str:
            return f"COALESCE({alias}.date, i.registered_month)"

        aggs = []
        for scope, per in scopes:
            dated = f"m.date >= {q.p(per.start)} AND m.date <= {q.p(per.end)}"
            undated = (
                f"m.date IS NULL AND i.registered_month >= {q.p(per.first_month)} "
                f"AND i.registered_month <= {q.p(per.end)}"
            )
            replaced = (
                f"EXISTS (SELECT 1 FROM {t['money']} la WHERE la.proceeding_id = m.proceeding_id "
                f"AND la.kind = 'awarded' AND {when('la')} <= {q.p(per.end)} AND ({when('la')} > {when('m')} "
                f"OR ({when('la')} = {when('m')} AND la.id > m.id)))"
            )
            aggs.append(
                f"SUM(CASE WHEN (({dated}) OR ({undated})) AND (m.kind = 'recovered' OR NOT {replaced}) "
                f"THEN m.amount_kzt END)"
            )
            keys.append((recovered[0].code, scope))
        award = (
            f"(SELECT 1 FROM {t['money']} aw WHERE aw.proceeding_id = m.proceeding_id AND aw.kind = 'awarded' "
            f"LIMIT 1) IS NULL"
        )
        columns.append(
            f"SELECT {', '.join(aggs)} FROM {t['money']} m CROSS JOIN {t['proc']} mp CROSS JOIN {t['inc']} i "
            f"WHERE mp.id = m.proceeding_id AND i.id = mp.incident_id "
            f"AND ((m.date >= {q.p(hull.start)} AND m.date <= {q.p(hull.end)}) OR m.date IS NULL) "
            f"AND mp.kind = 'civil' AND i.status IN ({q.many(Qs.counted_statuses())}) "
            f"AND (m.kind = 'awarded' OR (m.kind = 'recovered' AND {award})){_refilter(filters, q)}"
            f"{_public_proc(filters, 'mp', t)}"
        )
    # one statement: the CTE once, each part a scalar-row subquery joined by CROSS JOIN
    parts = " CROSS JOIN ".join(f"({c}) AS part{n}" for n, c in enumerate(columns))
    sql, params = q.finish(f"{cte} SELECT * FROM {parts}")
    with connection.cursor() as cur:
        cur.execute(sql, params)
        row = cur.fetchone()
    # SUM(bigint) is numeric on PostgreSQL (a Decimal): int() keeps it exact, never a float.
    return {key: int(value or 0) for key, value in zip(keys, row, strict=True)}


def _bits_column(q: _Sql, basis_table: str, n: int, chunk: list[int]) -> str:
    """`, <mask> AS bits<n>`: the sum of distinct powers of two for the chunk's articles a proceeding has."""
    cases = " ".join(f"WHEN {q.p(pk)} THEN {q.p(1 << k)}" for k, pk in enumerate(chunk))
    return (
        f", COALESCE((SELECT SUM(DISTINCT CASE bb.article_id {cases} END) FROM {basis_table} bb "
        f"WHERE bb.proceeding_id = p.id AND bb.article_id IN ({q.many(chunk)})), 0) AS bits{n}"
    )


ROW_FILTERS = ("public_only", "no_confidential")  # conditions on the incident row itself


def _refilter(filters: dict | None, q: _Sql, alias: str = "i") -> str:
    """The statistics filters as conditions on the incident `alias`. Public figures (`public_only`,
    `no_confidential`) are columns of that row and are written as such: as an `IN (SELECT id FROM
    incidents WHERE status = 'published' ...)` semi-join they made PostgreSQL hash 70,000 published
    ids for every part of the statement (7-8 s for a public month at 100,000 incidents instead of
    about 100 ms). Filters that look through relations (region, actors, category) stay a semi-join."""
    filters = Qs.effective_filters(filters)
    if not filters:
        return ""
    out = ""
    if filters.get("public_only"):
        out += f" AND {alias}.status = 'published'"
    if Qs.hides_confidential(filters):
        out += f" AND NOT {alias}.is_confidential"
    rest = {k: v for k, v in filters.items() if k not in ROW_FILTERS and v}
    if rest:
        inner = Incident.objects.filter(Qs.incident_filter_q(rest, Qs.UNITS[M.INCIDENTS])).values("pk")
        out += f" AND {alias}.id IN ({q.embed(*inner.query.sql_with_params())})"
    return out


def _public_proc(filters: dict | None, alias: str, t: dict[str, str]) -> str:
    """Public figures leave out confidential proceedings and those of confidential cases (with their
    stages and money): the SQL twin of `queries.public_proceeding_q`."""
    if not Qs.hides_confidential(filters):
        return ""
    return (
        f" AND NOT {alias}.is_confidential AND ({alias}.case_id IS NULL OR NOT EXISTS "
        f"(SELECT 1 FROM {t['case']} pc WHERE pc.id = {alias}.case_id AND pc.is_confidential))"
    )


def _public_stage(filters: dict | None) -> str:
    """A judicial act reported by a follow-up the viewer may not see is not counted either (the SQL
    twin of the StageEvent clause of `queries.incident_filter_q`; `si` is the reporting incident)."""
    filters = Qs.effective_filters(filters)
    out = ""
    if filters and filters.get("public_only"):
        out += " AND (s.incident_id IS NULL OR si.status = 'published')"
    if Qs.hides_confidential(filters):
        out += " AND (s.incident_id IS NULL OR NOT si.is_confidential)"
    return out
