"""Benchmark: the translation queue (/translations/) over 100,000 incidents with translations.

    .venv/bin/python benchmarks/translation_queue.py [--db sqlite|postgres|both] [--n 100000] [--runs 20]

Fills (once; reused while it holds `--n` incidents) the SQLite file of `QUEUE_SQLITE_URL` (default
/tmp/helper_edit.db) and the PostgreSQL database of `QUEUE_PG_URL` (default `helper_edit`) with
synthetic incidents made by bulk_create: registration months spread evenly from 1991-01 to 2024-04,
source language en 40% / ru 50% / kk 10%, and for each other language a reviewed translation (60%), a
draft (25%) or none (15%); 3% confidential. Then requests each queue page `--runs` times after a
warm-up (Django test Client; as an editor, the widest view, and as a monitor, whose view adds the
visibility conditions) and prints median and p95 per page, beside the page's two count queries run
bare on a cursor. Each database runs in its own subprocess (Django reads the URL at start-up).
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQLITE_URL = os.environ.get("QUEUE_SQLITE_URL", "sqlite:////tmp/helper_edit.db")
PG_URL = os.environ.get("QUEUE_PG_URL", "postgresql://postgres@127.0.0.1:5432/helper_edit")
MONTHS = 400  # 1991-01 .. 2024-04
# (role, label, path, clear the cache before each request: the first view after a change)
PAGES = [
    ("editor", "queue kk, counts uncached", "/translations/?lang=kk", True),
    ("editor", "queue kk, April 2024, counts uncached", "/translations/?lang=kk&month=2024-04", True),
    ("editor", "queue, any language", "/translations/"),
    ("editor", "queue kk", "/translations/?lang=kk"),
    ("editor", "queue kk, April 2024", "/translations/?lang=kk&month=2024-04"),
    ("editor", "queue kk drafts", "/translations/?lang=kk&status=draft"),
    ("editor", "queue, page 50", "/translations/?lang=ru&page=50"),
    ("monitor", "queue kk (monitor)", "/translations/?lang=kk"),
    ("monitor", "queue kk, April 2024 (monitor)", "/translations/?lang=kk&month=2024-04"),
]


def _month(k: int) -> date:
    return date(1991 + k // 12, k % 12 + 1, 1)


def fill(n: int) -> None:
    from django.db import connection, transaction

    from speechwatch.accounts.models import User
    from speechwatch.incidents.models import Incident, IncidentTranslation
    from speechwatch.vocab.models import Category

    User.objects.get_or_create(username="queue-editor", defaults={"role": "editor"})
    User.objects.get_or_create(username="queue-monitor", defaults={"role": "monitor"})
    have = Incident.objects.count()
    if have >= n:
        print(f"  database already holds {have} incidents", file=sys.stderr)
        return
    rng = random.Random(9)
    cats = list(Category.objects.all())
    start = time.perf_counter()
    batch = 5000
    for lo in range(have, n, batch):
        rows = []
        for k in range(lo, min(n, lo + batch)):
            month = _month(k * MONTHS // n)
            rows.append(Incident(
                title=f"Synthetic incident {k}", date=month.replace(day=rng.randint(1, 28)), registered_month=month,
                primary_category=rng.choice(cats), summary="A short summary.", narrative="A narrative.",
                status=rng.choices(["published", "verified", "draft"], [75, 15, 10])[0],
                is_confidential=rng.random() < 0.03, source_lang=rng.choices(["en", "ru", "kk"], [40, 50, 10])[0],
            ))  # fmt: skip
        with transaction.atomic():
            made = Incident.objects.bulk_create(rows)
            tr = []
            for inc in made:
                for lang in ("kk", "ru", "en"):
                    if lang == inc.source_lang:
                        continue
                    status = rng.choices(["reviewed", "draft", ""], [60, 25, 15])[0]
                    if status:
                        tr.append(IncidentTranslation(incident=inc, lang=lang, title=f"[{lang}] {inc.title}",
                                                      summary="…", status=status))  # fmt: skip
            IncidentTranslation.objects.bulk_create(tr)
        print(f"  {min(n, lo + batch)} / {n} incidents ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _bare_counts_ms(user, runs: int) -> float:
    """The page's two aggregate queries (records by source language; translations by language and
    status), compiled to SQL and run on a raw cursor."""
    from django.db import connection
    from django.db.models import Count, F

    from speechwatch.incidents.models import Incident, IncidentTranslation
    from speechwatch.web.translation_queue import _filled

    records = Incident.objects.restrict(user)
    q1 = records.order_by().values_list("source_lang").annotate(n=Count("pk"))
    q2 = (IncidentTranslation.objects.filter(_filled(IncidentTranslation), incident__in=records.order_by().values("pk"))
          .exclude(lang=F("incident__source_lang")).order_by().values_list("lang", "status").annotate(n=Count("pk")))
    sqls = [q.query.sql_with_params() for q in (q1, q2)]
    times = []
    with connection.cursor() as cursor:
        for _ in range(runs):
            t0 = time.perf_counter()
            for sql, params in sqls:
                cursor.execute(sql, params)
                cursor.fetchall()
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure(runs: int) -> list[dict]:
    from django.core.cache import cache
    from django.test import Client

    from speechwatch.accounts.models import User

    users = {"editor": User.objects.get(username="queue-editor"), "monitor": User.objects.get(username="queue-monitor")}
    clients = {}
    for role, user in users.items():
        clients[role] = Client()
        clients[role].force_login(user)
    out = []
    for role, name, path, *flags in PAGES:
        uncached = bool(flags and flags[0])
        client = clients[role]
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        times = []
        for _ in range(runs):
            if uncached:
                cache.clear()
            t0 = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        out.append({"page": name, "path": path, "median_ms": statistics.median(times),
                    "p95_ms": times[max(0, int(len(times) * 0.95) - 1)]})  # fmt: skip
    for role, user in users.items():
        out.append({"page": f"bare count SQL ({role})", "path": "", "median_ms": _bare_counts_ms(user, runs),
                    "p95_ms": 0.0})  # fmt: skip
    return out


def child(args: argparse.Namespace) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")
    django.setup()
    from speechwatch.core.dbcheck import ensure_migrated

    ensure_migrated()
    fill(args.n)
    print(json.dumps(measure(args.runs)))


def ensure_pg_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    lines = ["| database | page | median ms | p95 ms |", "|---|---|---:|---:|"]
    for db in ["sqlite", "postgres"] if args.db == "both" else [args.db]:
        url = SQLITE_URL if db == "sqlite" else PG_URL
        if db == "postgres":
            ensure_pg_database(url)
        env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DEBUG": "false",
               "SPEECHWATCH_SECURE_COOKIES": "false"}  # fmt: skip
        cmd = [sys.executable, __file__, "--child", "--n", str(args.n), "--runs", str(args.runs)]
        print(f"{db}: filling and measuring ...", file=sys.stderr)
        done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        sys.stderr.write(done.stderr[-3000:])
        if done.returncode != 0:
            print(f"{db}: benchmark failed", file=sys.stderr)
            continue
        for r in json.loads(done.stdout.strip().splitlines()[-1]):
            lines.append(f"| {db} | {r['page']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
