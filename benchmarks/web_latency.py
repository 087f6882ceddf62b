"""Benchmark: latency and in-process CPU of the incident list, a filtered list, a search, the month
view, an anonymous incident detail and the API list over 100,000 incidents, each beside the bare SQL
query that returns the same rows, and beside a trivial view on the same server (the floor: middleware,
session and user, no query of its own, no template).

    .venv/bin/python benchmarks/web_latency.py [--db sqlite|postgres|both] [--n 100000] [--runs 30] [--refill]

Fills (once; reused while it holds `--n` incidents) a SQLite file (`BENCH_SQLITE_URL`, default
/tmp/bench_apicli.db) and the PostgreSQL database of `BENCH_PG_URL` (default `bench_apicli`) with
synthetic incidents made by bulk_create: registration months spread evenly from 1991-01 to 2024-04
(about 250 a month), statuses and categories mixed as in a real record, one place each, English and
Russian narratives from small word lists (the two search words `tender` and `суд` each in about 2% of
incidents; every other word in about 30%), and three translations each (kk, ru, en rows of
IncidentTranslation, also from word lists: the Kazakh `сотқа` and the American `honor` each in about 2%,
searched as `соттың` and `honour`, so the search pages exercise Kazakh stems and the spelling fold).
Each incident's search document (incidents migration 0008) is then built by
speechwatch.web.search_document.index_missing, as `speechwatch reindex --missing` would, with its
time printed; the FTS5 triggers (SQLite) and the GIN index (PostgreSQL) stay in place.

Each page is requested `--runs` times after a warm-up through Django's test Client, signed in as an
editor (so drafts and confidential rows are included, the widest view; the incident detail is opened
anonymously, the public case), and compared with the page's own row query compiled to SQL and run on
a raw cursor (fetching all rows). "CPU" is the process time (`time.process_time`) the request costs the
Django process: on SQLite it includes the queries, on PostgreSQL only the client side. Each database runs in its
own subprocess because Django reads the database URL at start-up. Prints a table of median and p95.
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
SQLITE_URL = os.environ.get("BENCH_SQLITE_URL", "sqlite:////tmp/bench_apicli.db")
PG_URL = os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/bench_apicli")
FIRST_MONTH = date(1991, 1, 1)
MONTHS = 400  # 1991-01 .. 2024-04
SEARCH_EN, SEARCH_RU = "tender", "суд"
SEARCH_KK, SEARCH_KK_FORM = "соттың", "сотқа"  # genitive query, dative in the text: both stem to "сот"
SEARCH_SPELLING, SEARCH_SPELLING_TEXT = "honour", "honor"
SEARCH_SHARE = 0.02  # each search word is in about 2% of incidents (2,000 of 100,000)
FLOOR_PATH = "/__bench_floor__/"
PAGES = [
    ("floor (trivial view)", FLOOR_PATH),
    ("list", "/incidents/"),
    ("filtered list", "/incidents/?category=legal.civil&month=2024-03"),
    (f"search en '{SEARCH_EN}'", f"/incidents/?q={SEARCH_EN}"),
    (f"search ru '{SEARCH_RU}'", f"/incidents/?q={SEARCH_RU}"),
    (f"search kk '{SEARCH_KK}'", f"/incidents/?q={SEARCH_KK}"),
    (f"search spelling '{SEARCH_SPELLING}'", f"/incidents/?q={SEARCH_SPELLING}"),
    ("month view", "/months/2024-03/"),
    ("detail (anonymous)", "/incidents/{public_id}/"),
    ("API list", "/api/incidents/"),
    ("list with facets (anonymous)", "/incidents/"),
    ("filtered list with facets (anonymous)", "/incidents/?group=legal&region=almaty_city"),
]
# The facet counts alone, computed afresh (the page caches them per view until the data change).
FACET_QUERIES = ["", "group=legal&region=almaty_city", "year=2020", "perpetrator_kind=state"]
EN_WORDS = ("reporter editor camera court claim police akimat road water school protest website "
            "blogger channel article lawsuit warning detention hearing budget").split()  # fmt: skip
RU_WORDS = ("журналист редактор камера иск полиция акимат дорога вода школа митинг сайт блогер "
            "канал статья предупреждение задержание слушание бюджет").split()  # fmt: skip
KK_WORDS = ("тілші редактор камера талап полиция әкімдік жол су мектеп митинг сайт блогер арна мақала "
            "ескерту ұстау тыңдау бюджет газет жаза").split()  # fmt: skip


def _month(k: int) -> date:
    y, m = divmod(FIRST_MONTH.month - 1 + k, 12)
    return date(FIRST_MONTH.year + y, m + 1, 1)


def fill(n: int) -> None:
    """Bulk-create synthetic incidents until the database holds `n`."""
    from django.db import transaction

    from speechwatch.accounts.models import User
    from speechwatch.incidents.models import Incident, IncidentPlace
    from speechwatch.vocab.models import Category, LegalArticle, Place

    have = Incident.objects.count()
    if have >= n:
        print(f"  database already holds {have} incidents", file=sys.stderr)
        _index(time.perf_counter())  # a database filled before the search documents existed
        return
    rng = random.Random(42)
    cats = list(Category.objects.all())
    weights = [{"rights": 3, "access": 3, "legal": 4}.get(c.code.split(".")[0], 1) for c in cats]
    places = list(Place.objects.all())
    regions = {p.pk: p.region_on(None) for p in places}
    User.objects.get_or_create(username="bench-editor", defaults={"role": "editor"})
    actors = _bench_actors()
    articles = list(LegalArticle.objects.all())
    start = time.perf_counter()
    batch = 5000
    for lo in range(have, n, batch):
        rows = []
        for k in range(lo, min(n, lo + batch)):
            month = _month(k * MONTHS // n)
            words = rng.sample(EN_WORDS, 6)
            ru = rng.sample(RU_WORDS, 6)
            if rng.random() < SEARCH_SHARE:
                words[rng.randrange(6)] = SEARCH_EN
            if rng.random() < SEARCH_SHARE:
                ru[rng.randrange(6)] = SEARCH_RU
            rows.append(
                Incident(
                    title=f"Synthetic incident {k}: {' '.join(words[:3])}",
                    date=month.replace(day=rng.randint(1, 28)),
                    registered_month=month,
                    primary_category=rng.choices(cats, weights)[0],
                    summary=" ".join(words),
                    narrative=" ".join(words + ru) + ".",
                    status=rng.choices(["published", "verified", "draft", "rejected"], [70, 15, 10, 5])[0],
                    is_confidential=rng.random() < 0.03,
                    is_follow_up=False,
                )
            )
        with transaction.atomic():
            made = Incident.objects.bulk_create(rows)
            links = []
            for inc in made:
                place = rng.choice(places)
                region = regions[place.pk]
                links.append(IncidentPlace(incident=inc, place=place, region_then=region, region_now=region,
                                           name_as_written=place.name_en))  # fmt: skip
            IncidentPlace.objects.bulk_create(links)
            _fill_relations(made, rng, actors, articles)
            _fill_translations(made, rng)
        print(f"  {min(n, lo + batch)} / {n} incidents ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    _index(start)


def _index(start: float) -> None:
    """Build the search documents of incidents that have none (bulk_create sends no signals)."""
    from django.db import connection

    from speechwatch.web.search_document import reindex

    t0 = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 20_000 < 500 or done == total:
            print(f"  search documents {done} / {total} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)

    written = reindex(only_missing=True, progress=progress)
    print(f"  indexed {written} incidents in {time.perf_counter() - t0:.0f} s "
          f"(fill total {time.perf_counter() - start:.0f} s)", file=sys.stderr)  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _fill_translations(made: list, rng: random.Random) -> None:
    """A kk, a ru and an en translation (title, summary, narrative) of every incident."""
    from speechwatch.incidents.models import IncidentTranslation

    rows = []
    for inc in made:
        for lang, pool, rare in (("kk", KK_WORDS, SEARCH_KK_FORM), ("ru", RU_WORDS, ""),
                                 ("en", EN_WORDS, SEARCH_SPELLING_TEXT)):  # fmt: skip
            words = rng.sample(pool, 8)
            if rare and rng.random() < SEARCH_SHARE:
                words[rng.randrange(8)] = rare
            text = " ".join(words)
            rows.append(IncidentTranslation(incident=inc, lang=lang, title=" ".join(words[:3]), summary=text,
                                            narrative=text + ".", status="reviewed"))  # fmt: skip
    IncidentTranslation.objects.bulk_create(rows)


def _bench_actors() -> dict[str, list]:
    """A small cast for the facet counts: state perpetrators, other perpetrators, outlets as victims."""
    from speechwatch.incidents.models import Actor

    cast = {
        "state": [("Akimat %d", "organisation", "akimat"), ("Police department %d", "organisation", "police"),
                  ("Official %d", "person", "official")],
        "non_state": [("Businessman %d", "person", "citizen"), ("Company %d", "organisation", "company")],
        "outlet": [(f"{sub.title()} outlet %d", "outlet", sub)
                   for sub in ("newspaper", "tv", "radio", "news_agency", "online", "telegram", "youtube")],
    }  # fmt: skip
    out: dict[str, list] = {}
    for group, kinds in cast.items():
        out[group] = [
            Actor.objects.get_or_create(name=name % i, kind=kind, defaults={"subkind": sub})[0]
            for name, kind, sub in kinds
            for i in range(10)
        ]
    return out


def _fill_relations(made: list, rng: random.Random, actors: dict[str, list], articles: list) -> None:
    """Perpetrators (state 60 %, other 40 %) for about half the incidents, an outlet as victim for a
    quarter, and a proceeding with one legal basis for every incident of the `legal` group."""
    from speechwatch.incidents.models import Involvement, Proceeding, ProceedingBasis

    involvements, procs = [], []
    for inc in made:
        if rng.random() < 0.5:
            side = "state" if rng.random() < 0.6 else "non_state"
            involvements.append(Involvement(incident=inc, actor=rng.choice(actors[side]), role="perpetrator"))
        if rng.random() < 0.25:
            involvements.append(Involvement(incident=inc, actor=rng.choice(actors["outlet"]), role="victim"))
        code = inc.primary_category.code
        if code.startswith("legal.") and articles:
            kind = {"legal.criminal": "criminal", "legal.administrative": "administrative",
                    "legal.warning": "warning"}.get(code, "civil")  # fmt: skip
            procs.append(Proceeding(incident=inc, kind=kind, is_confidential=rng.random() < 0.05))
    Involvement.objects.bulk_create(involvements)
    made_procs = Proceeding.objects.bulk_create(procs)
    ProceedingBasis.objects.bulk_create(
        [ProceedingBasis(proceeding=p, article=rng.choice(articles)) for p in made_procs]
    )


def page_rows_query(path: str, user):  # type: ignore[no-untyped-def]
    """The queryset whose rows the page shows, as the web views build it."""
    from django.db import connection
    from django.http import QueryDict
    from django.test import RequestFactory

    from speechwatch.incidents.models import Incident
    from speechwatch.web.filtersets import IncidentFilterSet, parse_month
    from speechwatch.web.paging import PAGE_SIZE

    url, _, query = path.partition("?")
    if url == FLOOR_PATH:
        return None
    if url.startswith("/incidents/") and url.rstrip("/").split("/")[-1].isdigit():
        from django.contrib.auth.models import AnonymousUser

        pk = int(url.rstrip("/").split("/")[-1])
        return Incident.objects.restrict(AnonymousUser()).filter(pk=pk)
    visible = Incident.objects.restrict(user)
    if url.startswith("/api/incidents/"):
        return visible.order_by("-registered_month", "-date", "-id")[:PAGE_SIZE]
    if url.startswith("/months/"):
        first = parse_month(url.split("/")[2])
        return visible.filter(registered_month=first).order_by(
            "primary_category__group__order", "primary_category__order", "primary_category__code", "date", "id"
        )
    params = QueryDict(query)
    if "q" in params and connection.vendor == "postgresql":
        # One self-contained query (the web search first probes the matching ids in a separate
        # query, which the page pays for; the bare query must include that work).
        from django.db.models.expressions import RawSQL

        from speechwatch.web.search import PG_MATCH_IDS, pg_tsquery

        qs = visible.filter(pk__in=RawSQL(PG_MATCH_IDS, [pg_tsquery(params["q"])]))
        return qs.order_by("-registered_month", "-date", "-id")[: PAGE_SIZE + 1]
    request = RequestFactory().get(path)
    request.user = user
    qs = IncidentFilterSet(params or None, queryset=visible, request=request).qs
    return qs.order_by("-registered_month", "-date", "-id")[: PAGE_SIZE + 1]


def timed(fn, runs: int) -> tuple[float, float, int, float]:  # type: ignore[no-untyped-def]
    """Median and p95 wall time, the last result and the median process (CPU) time, in ms."""
    fn()
    samples, cpu = [], []
    result = 0
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95, result, statistics.median(cpu)


def install_floor() -> None:
    """Serve a trivial view at FLOOR_PATH beside the project's URLs (same middleware, no query)."""
    import types

    from django.conf import settings
    from django.http import HttpResponse
    from django.urls import clear_url_caches, include, path

    module = types.ModuleType("bench_floor_urls")
    module.urlpatterns = [  # type: ignore[attr-defined]
        path(FLOOR_PATH.strip("/") + "/", lambda request: HttpResponse("ok")),
        path("", include(settings.ROOT_URLCONF)),
    ]
    sys.modules["bench_floor_urls"] = module
    settings.ROOT_URLCONF = "bench_floor_urls"
    clear_url_caches()


def measure(runs: int) -> list[dict]:
    from django.db import connection
    from django.test import Client

    from speechwatch.accounts.models import User
    from speechwatch.incidents.models import Incident

    install_floor()
    editor = User.objects.get(username="bench-editor")
    client, anonymous = Client(), Client()
    client.force_login(editor)
    public_id = (
        Incident.objects.filter(status="published", is_confidential=False).order_by("-id").values_list("id", flat=True)
    )[0]
    out = []
    for name, path in PAGES:
        path = path.format(public_id=public_id)
        who = anonymous if "anonymous" in name else client

        def page(path: str = path, who: Client = who) -> int:
            response = who.get(path)
            assert response.status_code == 200, (path, response.status_code)
            return len(response.content)

        rows_qs = page_rows_query(path, editor)
        if rows_qs is None:
            sql, params = "SELECT 1", ()
        else:
            qs = rows_qs.values_list(
                "id", "title", "date", "registered_month", "status", "primary_category__code", "is_follow_up"
            )
            sql, params = qs.query.sql_with_params()

        def bare(sql: str = sql, params: tuple = params) -> int:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return len(cursor.fetchall())

        page_med, page_p95, size, page_cpu = timed(page, runs)
        db_times: list[float] = []

        def wrapper(execute, sql_, params_, many, context, db_times=db_times):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return execute(sql_, params_, many, context)
            finally:
                db_times[-1] += (time.perf_counter() - t0) * 1000

        with connection.execute_wrapper(wrapper):
            for _ in range(runs):
                db_times.append(0.0)
                page()
        page_db = statistics.median(db_times)
        sql_med, sql_p95, rows, _sql_cpu = timed(bare, runs)
        if rows_qs is None:
            sql_med = sql_p95 = 0.0
            rows = 0
        out.append({"page": name, "path": path, "rows": rows, "bytes": size, "median_ms": page_med,
                    "p95_ms": page_p95, "cpu_median_ms": page_cpu, "page_db_median_ms": page_db,
                    "sql_median_ms": sql_med, "sql_p95_ms": sql_p95})  # fmt: skip
    return out + measure_facets(runs)


def measure_facets(runs: int) -> list[dict]:
    """The facet counts of a few anonymous views, uncached (as for a view nobody asked for before)."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from speechwatch.incidents.models import Incident
    from speechwatch.stats.aggregates import fast_session
    from speechwatch.web.facets import count_facets
    from speechwatch.web.filtersets import IncidentFilterSet, codebook_for

    out = []
    for query in FACET_QUERIES:
        request = RequestFactory().get(f"/incidents/?{query}")
        request.user = AnonymousUser()
        visible = Incident.objects.restrict(request.user)
        filterset = IncidentFilterSet(request.GET or None, queryset=visible, request=request)
        book = codebook_for(request)

        def counts(filterset: IncidentFilterSet = filterset, book=book) -> int:  # type: ignore[no-untyped-def]
            with fast_session():
                return count_facets(filterset.qs, AnonymousUser(), book).total

        med, p95, total, cpu = timed(counts, runs)
        out.append({"page": f"facet counts, uncached (anonymous) ?{query}", "path": f"/incidents/?{query}",
                    "rows": total, "bytes": 0, "median_ms": med, "p95_ms": p95, "cpu_median_ms": cpu,
                    "page_db_median_ms": 0.0, "sql_median_ms": 0.0, "sql_p95_ms": 0.0})  # fmt: skip
    return out


def child(args: argparse.Namespace) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")
    django.setup()
    from speechwatch.core.dbcheck import ensure_migrated

    ensure_migrated()
    fill(args.n)
    print(json.dumps(measure(args.runs)))


def ensure_pg_database(url: str, refill: bool) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if refill:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def table(results: dict[str, list[dict]]) -> str:
    """One line per page; "CPU / (floor + bare SQL)" compares the page's in-process CPU with the
    trivial view's CPU plus the bare query's time (the target is ≤ 3×)."""
    lines = ["| database | page | rows | median ms | p95 ms | CPU median ms | SQL inside page, median ms "
             "| bare SQL median ms | floor CPU ms | CPU / (floor + bare SQL) |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for db, rows in results.items():
        floor = next((r["cpu_median_ms"] for r in rows if r["path"] == FLOOR_PATH), 0.0)
        for r in rows:
            base = floor + r["sql_median_ms"]
            ratio = r["cpu_median_ms"] / base if base else float("inf")
            lines.append(f"| {db} | {r['page']} | {r['rows']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | "
                         f"{r['cpu_median_ms']:.1f} | {r['page_db_median_ms']:.1f} | {r['sql_median_ms']:.1f} | "
                         f"{floor:.1f} | {ratio:.1f}× |")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--refill", action="store_true", help="start from a new, empty database")
    parser.add_argument("--json", help="also write the raw results to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    results = {}
    for db in ["sqlite", "postgres"] if args.db == "both" else [args.db]:
        url = SQLITE_URL if db == "sqlite" else PG_URL
        if db == "postgres":
            ensure_pg_database(url, args.refill)
        elif args.refill:
            for suffix in ("", "-wal", "-shm"):
                Path(SQLITE_URL.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DEBUG": "false",
               "SPEECHWATCH_SECURE_COOKIES": "false", "SPEECHWATCH_DATA_DIR": "/tmp/bench_apicli-data"}  # fmt: skip
        cmd = [sys.executable, __file__, "--child", "--n", str(args.n), "--runs", str(args.runs)]
        print(f"{db}: filling and measuring ...", file=sys.stderr)
        done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        sys.stderr.write(done.stderr[-3000:])
        if done.returncode != 0:
            print(f"{db}: benchmark failed", file=sys.stderr)
            continue
        results[db] = json.loads(done.stdout.strip().splitlines()[-1])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    print(table(results))


if __name__ == "__main__":
    main()
