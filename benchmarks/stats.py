"""Benchmark: all statistics measures for one month and for one year over 1,000,000 incidents.

    .venv/bin/python benchmarks/stats.py [--db sqlite|postgres|both] [--n 1000000] [--refill] [--repeat 21]

Fills (once; reused while it holds `--n` incidents) a SQLite file (/tmp/stats-bench.db) and the
PostgreSQL database `bench_stats` with synthetic incidents spread evenly over 120 months
(2015-01..2024-12, about 8,300 a month, stored in month order as a record grows): 45% verified, 30%
published, 17% drafts, 8% rejected, 10% follow-ups, categories weighted towards the violations; one
proceeding per legal incident (5% without a filing date) with legal bases, court stages, decisions on
honor claims, and money (claims up to 10 billion tenge, awards, recoveries). PostgreSQL is filled
with INSERT ... SELECT over generate_series; SQLite with executemany in large transactions. The
full-text search triggers/indexes of incidents 0002 are dropped in the bench databases only: they
cost minutes of loading and no statistics query reads them.

Then times `speechwatch.stats.engine.compute(period)` — every measure, scopes period and year to date —
for 2020-06 and for 2020, `--repeat` times after a warm-up, and prints median and p95 in milliseconds.
Each database runs in its own subprocess (Django reads the database URL at start-up).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQLITE_PATH = "/tmp/stats-bench.db"
PG_DB = "bench_stats"
PG_URL = os.environ.get("BENCH_PG_URL", f"postgresql://postgres@127.0.0.1:5432/{PG_DB}")
MONTHS = 120
FIRST = date(2015, 1, 1)
MONTH, YEAR = "2020-06", "2020"
STATUS = [("verified", 0.45), ("published", 0.75), ("draft", 0.92), ("rejected", 1.0)]
FOLLOW_UP = 0.10
NULL_FILED = 0.05


def category_weights(codes: list[str]) -> list[str]:
    """A weighted pool: violations are common, context and civic rarer."""
    pool = []
    for code in codes:
        weight = {"rights": 3, "access": 3, "legal": 4}.get(code.split(".")[0], 1)
        pool.extend([code] * weight)
    return pool


# ---- filling -------------------------------------------------------------------------------------


def _defaults(model, given: dict[str, str]) -> tuple[list[str], list[str]]:
    """Column list and SQL expressions for every concrete field: given ones, else NULL/default."""
    from django.db.models import NOT_PROVIDED

    cols, exprs = [], []
    for f in model._meta.concrete_fields:
        if f.primary_key:
            continue
        cols.append(f'"{f.column}"')
        if f.column in given:
            exprs.append(given[f.column])
        elif f.null:
            exprs.append("NULL")
        elif f.default is not NOT_PROVIDED and not callable(f.default):
            v = f.default
            exprs.append("TRUE" if v is True else "FALSE" if v is False else f"'{v}'" if isinstance(v, str) else str(v))
        elif f.get_internal_type() == "DateTimeField":
            exprs.append("now()")
        else:
            raise SystemExit(f"benchmark: no value for {model.__name__}.{f.name}; update benchmarks/stats.py")
    return cols, exprs


def fill_postgres(n: int) -> None:
    from django.db import connection

    from speechwatch.incidents import models as m
    from speechwatch.vocab.models import Category, LegalArticle

    cats = {c.code: c.pk for c in Category.objects.all()}
    pool = [cats[c] for c in category_weights(sorted(cats))]
    legal_ids = {cats[c]: c for c in cats if c.startswith("legal.")}
    arts = {(a.code_id, a.article): a.pk for a in LegalArticle.objects.all()}
    cc = [v for (code, _), v in arts.items() if code == "CC"]
    ac = [v for (code, _), v in arts.items() if code == "AC"]
    status_case = "CASE " + " ".join(f"WHEN r < {p} THEN '{s}'" for s, p in STATUS) + " END"
    with connection.cursor() as cur:
        for idx in ("incident_fts_english", "incident_fts_russian", "incident_fts_simple"):
            cur.execute(f"DROP INDEX IF EXISTS {idx}")
        cur.execute("SELECT setseed(0.42)")
        cols, exprs = _defaults(
            m.Incident,
            {
                "title": "'bench ' || g",
                "date": "mon + (random() * 27)::int",
                "date_precision": "'day'",
                "registered_month": "mon",
                "primary_category_id": f"(ARRAY{pool})[1 + floor(random() * {len(pool)})::int]",
                "status": status_case,
                "is_follow_up": f"random() < {FOLLOW_UP}",
            },
        )
        month = f"(date '{FIRST}' + (floor(random() * {MONTHS})::int || ' months')::interval)::date"
        cur.execute(  # in registration-month order, as a monitoring record grows month by month
            f"INSERT INTO incidents_incident ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM ("
            f" SELECT g, random() AS r, {month} AS mon FROM generate_series(1, {n}) g) s ORDER BY mon"
        )
        kind_case = (
            "CASE c.code WHEN 'legal.criminal' THEN 'criminal' WHEN 'legal.civil' THEN 'civil' "
            "WHEN 'legal.administrative' THEN 'administrative' ELSE 'warning' END"
        )
        cols, exprs = _defaults(
            m.Proceeding,
            {
                "incident_id": "i.id",
                "kind": kind_case,
                "filed_on": f"CASE WHEN random() < {NULL_FILED} THEN NULL "
                "ELSE i.registered_month + (random() * 27)::int END",
                "is_honor_claim": "c.code = 'legal.civil' AND random() < 0.7",
            },
        )
        cur.execute(
            f"INSERT INTO incidents_proceeding ({', '.join(cols)}) SELECT {', '.join(exprs)} "
            f"FROM incidents_incident i JOIN vocab_category c ON c.id = i.primary_category_id "
            f"WHERE i.primary_category_id IN ({', '.join(map(str, legal_ids))}) ORDER BY i.id"
        )
        cur.execute(
            "INSERT INTO incidents_proceedingbasis (proceeding_id, article_id, part) SELECT id, CASE kind "
            f"WHEN 'criminal' THEN (ARRAY{cc})[1 + floor(random() * {len(cc)})::int] "
            f"WHEN 'civil' THEN CASE WHEN is_honor_claim THEN {arts[('CivC', '143')]} ELSE {arts[('CivC', '951')]} END "
            f"ELSE (ARRAY{ac})[1 + floor(random() * {len(ac)})::int] END, '' "
            "FROM incidents_proceeding WHERE kind <> 'warning'"
        )
        base = f"COALESCE(filed_on, date '{FIRST}')"
        for kind, cond, offset, favour in (
            ("sent_to_court", "kind = 'criminal' AND random() < 0.4", 30, "NULL"),
            ("first_instance", "kind = 'civil' AND is_honor_claim AND random() < 0.5", 60, "random() < 0.3"),
            ("appeal", "kind = 'civil' AND is_honor_claim AND random() < 0.15", 120, "random() < 0.4"),
        ):
            cols, exprs = _defaults(
                m.StageEvent,
                {"proceeding_id": "id", "kind": f"'{kind}'", "date": f"{base} + {offset}",
                 "date_precision": "'day'", "note": "''", "in_favour_of_media": favour},
            )  # fmt: skip
            cur.execute(
                f"INSERT INTO incidents_stageevent ({', '.join(cols)}) SELECT {', '.join(exprs)} "
                f"FROM incidents_proceeding WHERE {cond}"
            )
        for kind, cond, offset, top in (
            ("claimed", "is_honor_claim", 0, 10_000_000_000),
            ("awarded", "is_honor_claim AND random() < 0.3", 60, 5_000_000),
            ("recovered", "kind = 'civil' AND random() < 0.1", 90, 5_000_000),
        ):
            cols, exprs = _defaults(
                m.MoneyAmount,
                {"proceeding_id": "id", "kind": f"'{kind}'", "amount_kzt": f"(1 + floor(random() * {top}))::bigint",
                 "date": f"CASE WHEN filed_on IS NULL THEN NULL ELSE filed_on + {offset} END", "note": "''"},
            )  # fmt: skip
            cur.execute(
                f"INSERT INTO incidents_moneyamount ({', '.join(cols)}) SELECT {', '.join(exprs)} "
                f"FROM incidents_proceeding WHERE {cond}"
            )
        cur.execute("VACUUM ANALYZE")


def _month(i: int) -> date:
    y, mo = divmod(FIRST.month - 1 + i, 12)
    return date(FIRST.year + y, mo + 1, 1)


def fill_sqlite(n: int) -> None:
    from django.db import connection, transaction

    from speechwatch.incidents import models as m
    from speechwatch.vocab.models import Category, LegalArticle

    rnd = random.Random(42)
    cats = {c.code: c.pk for c in Category.objects.all()}
    pool = [(cats[c], c) for c in category_weights(sorted(cats))]
    arts = {(a.code_id, a.article): a.pk for a in LegalArticle.objects.all()}
    cc = [v for (code, _), v in arts.items() if code == "CC"]
    ac = [v for (code, _), v in arts.items() if code == "AC"]
    inc_cols, _ = _defaults(m.Incident, {c: "" for c in ("title", "date", "date_precision", "registered_month",
                            "primary_category_id", "status", "is_follow_up")})  # fmt: skip
    names = [c.strip('"') for c in inc_cols]
    kinds = {"legal.criminal": "criminal", "legal.civil": "civil", "legal.administrative": "administrative"}
    with connection.cursor() as cur:
        for trig in ("incident_fts_ai", "incident_fts_ad", "incident_fts_au"):
            cur.execute(f"DROP TRIGGER IF EXISTS {trig}")
    chunk = 100_000
    next_id = pid = 1
    now = "2024-12-31 00:00:00"
    for start in range(0, n, chunk):
        incs, procs, bases, stages, money = [], [], [], [], []
        for k in range(start, min(start + chunk, n)):
            mon = _month(k * MONTHS // n)  # registration-month order, as the record grows
            cat, code = rnd.choice(pool)
            r = rnd.random()
            status = next(s for s, p in STATUS if r < p)
            vals = {"title": f"bench {next_id}", "date": mon + timedelta(days=rnd.randrange(28)),
                    "date_precision": "day", "registered_month": mon, "primary_category_id": cat,
                    "status": status, "is_follow_up": rnd.random() < FOLLOW_UP}  # fmt: skip
            incs.append([next_id] + [_sqlite_value(m.Incident, c, vals, now) for c in names])
            if code.startswith("legal."):
                kind = kinds.get(code, "warning")
                filed = None if rnd.random() < NULL_FILED else mon + timedelta(days=rnd.randrange(28))
                honor = kind == "civil" and rnd.random() < 0.7
                procs.append((pid, next_id, kind, filed, honor))
                if kind == "criminal":
                    bases.append((pid, rnd.choice(cc)))
                elif kind == "civil":
                    bases.append((pid, arts[("CivC", "143")] if honor else arts[("CivC", "951")]))
                elif kind == "administrative":
                    bases.append((pid, rnd.choice(ac)))
                b = filed or FIRST
                if kind == "criminal" and rnd.random() < 0.4:
                    stages.append((pid, "sent_to_court", b + timedelta(30), None))
                if honor:
                    if rnd.random() < 0.5:
                        stages.append((pid, "first_instance", b + timedelta(60), rnd.random() < 0.3))
                    if rnd.random() < 0.15:
                        stages.append((pid, "appeal", b + timedelta(120), rnd.random() < 0.4))
                    money.append((pid, "claimed", 1 + rnd.randrange(10_000_000_000), filed))
                    if rnd.random() < 0.3:
                        money.append((pid, "awarded", 1 + rnd.randrange(5_000_000), filed and filed + timedelta(60)))
                if kind == "civil" and rnd.random() < 0.1:
                    money.append((pid, "recovered", 1 + rnd.randrange(5_000_000), filed and filed + timedelta(90)))
                pid += 1
            next_id += 1
        with transaction.atomic(), connection.cursor() as cur:
            cur.executemany(
                f"INSERT INTO incidents_incident (id, {', '.join(inc_cols)}) "
                f"VALUES ({', '.join(['%s'] * (len(names) + 1))})",
                incs,
            )
            cur.executemany(
                "INSERT INTO incidents_proceeding (id, incident_id, kind, filed_on, is_honor_claim, title, court_name,"
                " outcome, outcome_note, is_confidential, created_at, updated_at)"
                f" VALUES (%s, %s, %s, %s, %s, '', '', 'pending', '', 0, '{now}', '{now}')",
                procs,
            )
            cur.executemany(
                "INSERT INTO incidents_proceedingbasis (proceeding_id, article_id, part) VALUES (%s, %s, '')", bases
            )
            cur.executemany(
                "INSERT INTO incidents_stageevent (proceeding_id, kind, date, date_precision, note, in_favour_of_media)"
                " VALUES (%s, %s, %s, 'day', '', %s)",
                stages,
            )
            cur.executemany(
                "INSERT INTO incidents_moneyamount (proceeding_id, kind, amount_kzt, date, note) "
                "VALUES (%s, %s, %s, %s, '')",
                money,
            )
    with connection.cursor() as cur:
        cur.execute("ANALYZE")


def _sqlite_value(model, column: str, given: dict, now: str):
    if column in given:
        v = given[column]
        return v.isoformat() if isinstance(v, date) else v
    f = next(f for f in model._meta.concrete_fields if f.column == column)
    if f.null:
        return None
    if f.get_internal_type() == "DateTimeField":
        return now
    return f.default


# ---- timing --------------------------------------------------------------------------------------


def time_compute(label: str, repeat: int) -> dict[str, float]:
    from django.db import reset_queries

    from speechwatch.stats.engine import compute

    compute(label)  # warm-up: caches, connection, catalogue
    samples = []
    for _ in range(repeat):
        reset_queries()
        t0 = time.perf_counter()
        figures = compute(label)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, max(0, round(0.95 * len(samples)) - 1))]
    return {"median_ms": round(statistics.median(samples), 1), "p95_ms": round(p95, 1), "figures": len(figures)}


def worker(args: argparse.Namespace) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")
    if args.db == "postgres":
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (PG_DB,)).fetchone()
            if exists and args.refill:
                conn.execute(f"DROP DATABASE {PG_DB}")
                exists = None
            if not exists:
                conn.execute(f"CREATE DATABASE {PG_DB}")
    elif args.refill and Path(SQLITE_PATH).exists():
        Path(SQLITE_PATH).unlink()
    django.setup()
    from django.core.management import call_command

    from speechwatch.incidents.models import Incident

    call_command("migrate", verbosity=0, skip_checks=True)
    out: dict = {"db": args.db}
    have = Incident.objects.count()
    if have != args.n:
        if have:
            raise SystemExit(f"{args.db}: holds {have} incidents, not {args.n}; run with --refill")
        t0 = time.perf_counter()
        (fill_postgres if args.db == "postgres" else fill_sqlite)(args.n)
        out["fill_s"] = round(time.perf_counter() - t0, 1)
    from speechwatch.incidents.models import MoneyAmount, Proceeding, StageEvent

    out["rows"] = {
        "incidents": Incident.objects.count(),
        "proceedings": Proceeding.objects.count(),
        "stages": StageEvent.objects.count(),
        "money": MoneyAmount.objects.count(),
    }
    out["month"] = time_compute(MONTH, args.repeat)
    out["year"] = time_compute(YEAR, args.repeat)
    print(json.dumps(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=21)
    ap.add_argument("--refill", action="store_true")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args)
        return
    results = []
    for db in ("sqlite", "postgres") if args.db == "both" else (args.db,):
        env = dict(os.environ, SPEECHWATCH_DATABASE_URL=PG_URL if db == "postgres" else f"sqlite:///{SQLITE_PATH}")
        env["PYTHONPATH"] = str(ROOT)
        cmd = [sys.executable, __file__, "--worker", "--db", db, "--n", str(args.n), "--repeat", str(args.repeat)]
        if args.refill:
            cmd.append("--refill")
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if proc.returncode:
            sys.stderr.write(proc.stderr)
            raise SystemExit(f"{db}: benchmark failed")
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(f"All measures (period + ytd), {args.n:,} incidents, {args.repeat} runs after a warm-up")
    print(f"{'database':10} {'month ' + MONTH + ' median/p95 ms':>28} {'year ' + YEAR + ' median/p95 ms':>26}  fill")
    for r in results:
        mo, yr = r["month"], r["year"]
        fill = f"{r['fill_s']} s" if "fill_s" in r else "reused"
        month_cell = f"{mo['median_ms']:>17} / {mo['p95_ms']:<8}"
        print(f"{r['db']:10} {month_cell} {yr['median_ms']:>15} / {yr['p95_ms']:<8}  {fill}")
        print(f"{'':10} rows: {r['rows']}")


if __name__ == "__main__":
    main()
