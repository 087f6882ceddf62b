"""Benchmark: the map's data (/map/data.json) and page (/map/) at 100,000 incidents, through the
production server (gunicorn), beside the bare SQL of the counts.

    BENCH_PG_URL=postgresql://postgres@127.0.0.1:5432/bench_apicli \\
        .venv/bin/python benchmarks/map_data.py [--n 100000] [--runs 200] [--workers 2]

Fills the PostgreSQL database of `BENCH_PG_URL` with the synthetic incidents of
benchmarks/web_latency.py if it holds fewer than `--n` (one place each, regions then = now), starts
`speechwatch serve` (gunicorn, `--workers`) on a free loopback port, and requests each URL `--runs`
times from one keep-alive client after a warm-up (the first, uncached request is reported too; the
counts are then cached per filter set and visibility scope until the data change): anonymous
(published, non-confidential: the public case) and signed in as an editor (every row). Prints median
and p95 per URL, then the four count queries of one request run bare on a cursor (what the database
alone costs), and the load average.
Traffic goes to 127.0.0.1 only and stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve_load  # noqa: E402  (server start-up helpers and the shared synthetic data set)
import web_latency  # noqa: E402

PATHS = [
    "/map/data.json",
    "/map/data.json?regions=then",
    "/map/data.json?category=legal.civil",
    "/map/data.json?year=2020",
    "/map/data.json?region_now=almaty_city",
    "/map/",
    "/map/?regions=then&category=rights",
]


def _session_cookie(url: str) -> str:
    """A signed-in editor's session, made in a subprocess (the database URL is read at Django start)."""
    code = (
        "import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'speechwatch.config.settings'); "
        "django.setup(); from django.test import Client; from speechwatch.accounts.models import User; "
        "u, _ = User.objects.get_or_create(username='bench-editor', defaults={'role': 'editor'}); "
        "c = Client(); c.force_login(u); from django.conf import settings; "
        "print(settings.SESSION_COOKIE_NAME + '=' + c.cookies[settings.SESSION_COOKIE_NAME].value)"
    )
    env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DATA_DIR": os.environ["SW_DATA"]}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def _bare_sql(url: str) -> str:
    """The count queries of an anonymous /map/data.json, compiled by Django and timed on a raw cursor."""
    code = r"""
import os, time, statistics, django
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'speechwatch.config.settings'); django.setup()
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import Count
from speechwatch.incidents.models import Incident, IncidentPlace
from speechwatch.stats.aggregates import fast_session
qs = Incident.objects.restrict(AnonymousUser())
ids = qs.order_by().values('pk')
places = IncidentPlace.objects.filter(incident_id__in=ids)
queries = {
    'regions (now)': places.filter(region_now_id__isnull=False).values_list('region_now_id')
        .annotate(n=Count('incident_id', distinct=True)).order_by(),
    'settlements': places.filter(place__isnull=False).values_list('place_id')
        .annotate(n=Count('incident_id', distinct=True)).order_by(),
    'total': qs.order_by().values('pk'),
    'without region': qs.order_by().exclude(pk__in=places.filter(region_now_id__isnull=False).values('incident_id')),
}
for name, q in queries.items():
    sql, params = q.query.sql_with_params()
    if name in ('total', 'without region'):
        sql = f'SELECT COUNT(*) FROM ({sql}) t'
    times = []
    with fast_session(), connection.cursor() as cur:  # the planner settings the view uses
        for _ in range(30):
            t = time.perf_counter(); cur.execute(sql, params); cur.fetchall(); times.append(time.perf_counter() - t)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))] * 1000
    print(f'  {name:<16} median {statistics.median(times) * 1000:6.1f} ms  p95 {p95:6.1f} ms')
"""
    env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DATA_DIR": os.environ["SW_DATA"]}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def _time(port: int, path: str, runs: int, cookie: str | None) -> tuple[list[float], int, float]:
    """`runs` timed requests after five of warm-up; also the first request's time (before the counts
    are cached in the worker that served it)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Cookie": cookie} if cookie else {}
    times, bytes_, first = [], 0, 0.0
    for i in range(runs + 5):
        start = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        if i == 0:
            first = time.perf_counter() - start
        if i >= 5:  # the first five are the warm-up
            times.append(time.perf_counter() - start)
            bytes_ = len(body)
    conn.close()
    return times, bytes_, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    url = web_latency.PG_URL
    serve_load.fill(url, args.n)
    os.environ["SW_DATA"] = tempfile.mkdtemp(prefix="sw-map-")
    cookie = _session_cookie(url)
    port = serve_load.free_port()
    env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DATA_DIR": os.environ["SW_DATA"],
           "SPEECHWATCH_ALLOWED_HOSTS": "127.0.0.1", "SPEECHWATCH_SECURE_COOKIES": "0"}  # fmt: skip
    cmd = [str(BIN / "speechwatch"), "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(args.workers), "--no-access-log"]  # fmt: skip
    server = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    rows = []
    try:
        serve_load.wait_ready(port)
        for who, session in (("anonymous", None), ("editor", cookie)):
            for path in PATHS:
                times, size, first = _time(port, path, args.runs, session)
                ms = sorted(t * 1000 for t in times)
                rows.append((who, path, first * 1000, statistics.median(ms), ms[int(0.95 * (len(ms) - 1))], size))
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"PostgreSQL, {args.n} incidents, gunicorn {args.workers} workers, one keep-alive client, {args.runs} runs")
    print("| who | URL | first (uncached) ms | median ms | p95 ms | bytes |\n|---|---|---:|---:|---:|---:|")
    for who, path, first, median, p95, size in rows:
        print(f"| {who} | `{path}` | {first:.0f} | {median:.1f} | {p95:.1f} | {size} |")
    print("bare SQL of the anonymous counts:")
    print(_bare_sql(url), end="")
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
