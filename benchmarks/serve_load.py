"""Benchmark: the served application under load, through the real server, as a reader's browser sees it.

    .venv/bin/python benchmarks/serve_load.py [--db postgres|sqlite] [--server prod|dev] [--workers 4]
        [--clients 16] [--seconds 60] [--path /incidents/ [--path ...] | --facets] [--vary] [--n 100000]

Fills the database of benchmarks/web_latency.py (BENCH_PG_URL / BENCH_SQLITE_URL, the same synthetic
100,000 incidents) if needed, starts `speechwatch serve` on a free loopback port (`--server prod`:
gunicorn with `--workers`; `--server dev`: `serve --dev`, Django's runserver as shipped before), and
runs `--clients` keep-alive clients in threads against `--path` for `--seconds`. Prints requests per
second, median and p95 latency, the error count, and the resident memory of each server process
before and after (the first 1,000 requests are the warm-up, memory is read after them and at the end).
Load goes to 127.0.0.1 only and stops by itself.

`--path` may be given several times (each client takes them in turn; p95 is also printed per path);
`--facets` is the set of anonymous list views with their facet counts (unfiltered, by group, year,
region, perpetrator, article, a sort). The facet counts are cached per view until the data change, so
after the warm-up these measure the served, cached page; `--vary` adds a registration month range
that differs on every request (a view nobody asked for before), which measures the uncached counts.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import signal
import socket
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
import web_latency  # noqa: E402  (the shared synthetic data set)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fill(url: str, n: int) -> None:
    if url.startswith("postgresql"):
        web_latency.ensure_pg_database(url, refill=False)
    code = (
        "import os, sys, django; sys.path.insert(0, 'benchmarks'); "
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'speechwatch.config.settings'); django.setup(); "
        "from speechwatch.core.dbcheck import ensure_migrated; ensure_migrated(); "
        f"import web_latency; web_latency.fill({n})"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "SPEECHWATCH_DATABASE_URL": url},
                   check=True)  # fmt: skip


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def server_pids(root: int) -> list[int]:
    """The server process and its children (gunicorn's workers)."""
    out = [root]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == root:
                out.append(int(entry.name))
    return out


def wait_ready(port: int, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server on port {port} did not answer /healthz within {timeout:.0f} s")


FACET_VIEWS = [
    "/incidents/",
    "/incidents/?group=legal",
    "/incidents/?year=2020",
    "/incidents/?region=almaty_city",
    "/incidents/?group=rights&perpetrator_kind=state",
    "/incidents/?article=CC+174",
    "/incidents/?sort=date",
]


def client_loop(port: int, paths: list[str], stop: float, latencies: list[float], errors: list[str],
                vary: bool = False, by_path: dict[str, list[float]] | None = None) -> None:  # fmt: skip
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    rng = random.Random()
    k = rng.randrange(len(paths))
    while time.monotonic() < stop:
        path = paths[k % len(paths)]
        k += 1
        asked = path
        if vary:  # a view nobody asked for before: the facet counts are computed, not read from the cache
            first = rng.randrange(1991 * 12, 2024 * 12)
            asked += ("&" if "?" in path else "?") + f"registered_from={first // 12}-{first % 12 + 1:02d}"
        start = time.perf_counter()
        try:
            conn.request("GET", asked)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(str(response.status))
            latencies.append(time.perf_counter() - start)
            if by_path is not None:
                by_path.setdefault(path, []).append(latencies[-1])
        except (OSError, http.client.HTTPException) as exc:
            errors.append(type(exc).__name__)
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)


def run_load(port: int, paths: list[str], clients: int, seconds: float, vary: bool = False,
             by_path: dict[str, list[float]] | None = None) -> tuple[list[float], list[str], float]:  # fmt: skip
    latencies: list[float] = []
    errors: list[str] = []
    stop = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client_loop, args=(port, paths, stop, latencies, errors, vary, by_path))
        for _ in range(clients)
    ]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.monotonic() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--server", choices=["prod", "dev"], default="prod")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--path", action="append", help="a path to load (repeatable; default /incidents/)")
    parser.add_argument("--facets", action="store_true", help="the anonymous list views with facet counts")
    parser.add_argument("--vary", action="store_true", help="a new registration month range on every request")
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    paths = FACET_VIEWS if args.facets else (args.path or ["/incidents/"])

    url = web_latency.PG_URL if args.db == "postgres" else web_latency.SQLITE_URL
    fill(url, args.n)
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="sw-load-")
    env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DATA_DIR": data_dir,
           "SPEECHWATCH_ALLOWED_HOSTS": "127.0.0.1", "SPEECHWATCH_SECURE_COOKIES": "0"}  # fmt: skip
    cmd = [str(BIN / "speechwatch"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    if args.server == "dev":
        cmd.append("--dev")
    else:
        cmd += ["--workers", str(args.workers), "--threads", str(args.threads), "--no-access-log"]
    server = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_ready(port)
        run_load(port, paths, min(args.clients, 4), 5)  # warm every worker's caches
        warm, _errors, _took = run_load(port, paths, args.clients, 15)
        before = {pid: rss_kb(pid) for pid in server_pids(server.pid)}
        by_path: dict[str, list[float]] = {}
        latencies, errors, took = run_load(port, paths, args.clients, args.seconds, args.vary, by_path)
        after = {pid: rss_kb(pid) for pid in server_pids(server.pid)}
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[int(0.95 * (len(ms) - 1))] if ms else float("nan")
    load = os.getloadavg()
    kind = f"gunicorn, {args.workers} workers" if args.server == "prod" else "runserver"
    print(f"server: {args.server} ({kind})"
          f", database: {args.db}, paths: {len(paths)}{' (varied)' if args.vary else ''}"
          f", clients: {args.clients}, {took:.0f} s")  # fmt: skip
    print(
        f"requests: {len(ms)} ({len(ms) / took:.1f}/s), errors: {len(errors)}"
        f"{' ' + str(sorted(set(errors))) if errors else ''}"
    )
    print(f"latency ms: median {statistics.median(ms) if ms else float('nan'):.1f}, p95 {p95:.1f}, max {ms[-1]:.1f}")
    if len(by_path) > 1:
        for path, values in by_path.items():
            one = sorted(x * 1000 for x in values)
            print(f"  {path}: {len(one)} requests, median {statistics.median(one):.1f} ms, "
                  f"p95 {one[int(0.95 * (len(one) - 1))]:.1f} ms")  # fmt: skip
    print(f"warm-up before measuring: {len(warm)} requests")
    for pid in sorted(after):
        print(f"  process {pid}: RSS {before.get(pid, 0) / 1024:.1f} MB -> {after[pid] / 1024:.1f} MB")
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
