"""Benchmark: the public statistics page and its API over 100,000 incidents, through the production server.

    .venv/bin/python benchmarks/stats_pages.py [--db-url URL] [--n 100000] [--workers 4] [--clients 4]
        [--seconds 20] [--period 2024-03] [--period 2024] [--cache-seconds 60] [--cold-runs 5]

Uses the synthetic data set of benchmarks/web_latency.py (filled into `--db-url`, default
`BENCH_PG_URL`, when it holds fewer than `--n` incidents; a copy of an existing bench database made
with `createdb -T` works too). Starts `speechwatch serve` (gunicorn, `--workers`) on a free loopback
port and, for each period, measures as an anonymous visitor:

- **warm**: `--clients` keep-alive clients for `--seconds` on `/stats/<period>/` and on
  `/api/stats/<period>/` (the figures and charts come from the statistics cache, keyed by the data
  version, after the first request of each worker);
- **cold**: `--cold-runs` requests of each with the cache off (a second server with
  `SPEECHWATCH_STATS_CACHE_SECONDS=0`), i.e. the full engine run, every chart included.

Prints requests per second, median and p95 latency and the load average. Target: p95 < 100 ms.
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
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve_load  # noqa: E402  (server start-up and the shared data set)
import web_latency  # noqa: E402


def start(url: str, workers: int, cache_seconds: int) -> tuple[subprocess.Popen, int]:
    port = serve_load.free_port()
    env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DATA_DIR": tempfile.mkdtemp(prefix="sw-stats-"),
           "SPEECHWATCH_ALLOWED_HOSTS": "127.0.0.1", "SPEECHWATCH_SECURE_COOKIES": "0",
           "SPEECHWATCH_STATS_CACHE_SECONDS": str(cache_seconds)}  # fmt: skip
    cmd = [str(BIN / "speechwatch"), "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers), "--no-access-log"]  # fmt: skip
    server = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    serve_load.wait_ready(port)
    return server, port


def stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()


def summary(latencies: list[float], took: float | None = None) -> str:
    ms = sorted(x * 1000 for x in latencies)
    if not ms:
        return "no requests"
    p95 = ms[int(0.95 * (len(ms) - 1))]
    rate = f", {len(ms) / took:.1f}/s" if took else ""
    return f"n={len(ms)}{rate}, median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms"


def hammer(port: int, path: str, clients: int, seconds: float) -> tuple[list[float], list[str], float]:
    """`clients` keep-alive clients in threads on one path for `seconds` (own loop: serve_load's
    changes with the list benchmarks)."""
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            began = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    errors.append(str(response.status))
                latencies.append(time.perf_counter() - began)
            except (OSError, http.client.HTTPException) as exc:
                errors.append(type(exc).__name__)
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.monotonic() - began


def cold(port: int, path: str, runs: int) -> list[float]:
    out = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for _ in range(runs):
        start_at = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        out.append(time.perf_counter() - start_at)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db-url", default=web_latency.PG_URL)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--period", action="append", help="period to measure (repeatable; default 2024-03, 2024)")
    parser.add_argument("--cache-seconds", type=int, default=60)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    periods = args.period or ["2024-03", "2024"]
    serve_load.fill(args.db_url, args.n)

    server, port = start(args.db_url, args.workers, args.cache_seconds)
    print(f"database: {args.db_url.rsplit('@', 1)[-1]}, gunicorn {args.workers} workers, {args.clients} clients")
    try:
        for period in periods:
            for path in (f"/stats/{period}/", f"/api/stats/{period}/"):
                hammer(port, path, args.workers, 3)  # every worker computes and caches once
                latencies, errors, took = hammer(port, path, args.clients, args.seconds)
                kinds = f" {sorted(set(errors))[:5]}" if errors else ""
                print(f"warm  {path:24} {summary(latencies, took)}, errors {len(errors)}{kinds}")
    finally:
        stop(server)
    if args.cold_runs:
        server, port = start(args.db_url, 1, 0)
        try:
            for period in periods:
                for path in (f"/stats/{period}/", f"/api/stats/{period}/"):
                    cold(port, path, 1)  # imports, codebook, connection
                    print(f"cold  {path:24} {summary(cold(port, path, args.cold_runs))} (cache off)")
        finally:
            stop(server)
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
