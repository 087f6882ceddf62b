"""Benchmark: a 100,000-row CSV download through the production server, on PostgreSQL.

    .venv/bin/python benchmarks/export_stream.py [--url postgresql://…/DB] [--n 100000] [--workers 2]
        [--path /data/incidents.csv] [--runs 3] [--role editor|anonymous]

Fills the database of `--url` (default $BENCH_PG_URL, the synthetic incidents of
benchmarks/web_latency.py) if it holds fewer than `--n` incidents, starts `speechwatch serve` (gunicorn)
on a free loopback port and downloads `--path` `--runs` times with a plain HTTP client that reads the
body in 64 KiB pieces and throws it away (counting lines). Prints, per run: time to the first byte of
the body, total time, the CPU time the server's processes spent on it (wall time far above it means
the machine was busy), bytes, lines; and the resident memory of every server process sampled every
50 ms: before the first download and its peak during the downloads (flat memory = a peak close to the
idle size whatever the row count). `--role editor` signs in as the benchmark's editor (every row,
drafts and confidential ones too, the widest download); anonymous downloads published rows only.
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serve_load  # free_port, rss_kb, server_pids, wait_ready, fill

ROOT = serve_load.ROOT
BIN = serve_load.BIN


def editor_session(url: str, data_dir: str) -> str:
    """A session cookie of the benchmark's editor, made in the database the server uses."""
    code = (
        "import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'speechwatch.config.settings'); "
        "django.setup(); from django.contrib.sessions.backends.db import SessionStore; "
        "from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY, BACKEND_SESSION_KEY; "
        "from speechwatch.accounts.models import User; "
        "u, _ = User.objects.get_or_create(username='bench-editor', defaults={'role': 'editor'}); "
        "s = SessionStore(); s[SESSION_KEY] = str(u.pk); "
        "s[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'; "
        "s[HASH_SESSION_KEY] = u.get_session_auth_hash(); s.create(); print(s.session_key)"
    )
    env = {**os.environ, "SPEECHWATCH_DATABASE_URL": url, "SPEECHWATCH_DATA_DIR": data_dir}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes have used (clock ticks of /proc/PID/stat)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def sample_rss(root: int, stop: threading.Event, peak: dict[int, int]) -> None:
    while not stop.is_set():
        for pid in serve_load.server_pids(root):
            peak[pid] = max(peak.get(pid, 0), serve_load.rss_kb(pid))
        time.sleep(0.05)


def download(port: int, path: str, cookie: str | None) -> dict[str, float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    headers = {"Cookie": f"sessionid={cookie}"} if cookie else {}
    start = time.perf_counter()
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    first = response.read(1)
    ttfb = time.perf_counter() - start
    size, lines = len(first), first.count(b"\n")
    while piece := response.read(65536):
        size += len(piece)
        lines += piece.count(b"\n")
    total = time.perf_counter() - start
    conn.close()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status}")
    return {"ttfb": ttfb, "total": total, "bytes": size, "lines": lines}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=os.environ.get("BENCH_PG_URL", serve_load.web_latency.PG_URL))
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (more than 1: gthread)")
    parser.add_argument("--path", default="/data/incidents.csv")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--role", choices=["editor", "anonymous"], default="editor")
    args = parser.parse_args()

    serve_load.fill(args.url, args.n)
    data_dir = tempfile.mkdtemp(prefix="sw-export-")
    cookie = editor_session(args.url, data_dir) if args.role == "editor" else None
    port = serve_load.free_port()
    env = {**os.environ, "SPEECHWATCH_DATABASE_URL": args.url, "SPEECHWATCH_DATA_DIR": data_dir,
           "SPEECHWATCH_ALLOWED_HOSTS": "127.0.0.1", "SPEECHWATCH_SECURE_COOKIES": "0"}  # fmt: skip
    cmd = [str(BIN / "speechwatch"), "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(args.workers), "--threads", str(args.threads), "--no-access-log"]  # fmt: skip
    server = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    results = []
    peak: dict[int, int] = {}
    try:
        serve_load.wait_ready(port)
        for _ in range(args.workers * 2):  # load the app and the codebook in every worker
            download(port, "/data/incidents.csv?month=2024-03", cookie)
        idle = {pid: serve_load.rss_kb(pid) for pid in serve_load.server_pids(server.pid)}
        stop = threading.Event()
        sampler = threading.Thread(target=sample_rss, args=(server.pid, stop, peak))
        sampler.start()
        try:
            for _ in range(args.runs):
                pids = serve_load.server_pids(server.pid)
                cpu = cpu_seconds(pids)
                result = download(port, args.path, cookie)
                result["cpu"] = cpu_seconds(pids) - cpu
                results.append(result)
        finally:
            stop.set()
            sampler.join()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    db = args.url.rsplit("/", 1)[1]
    print(f"server: gunicorn, {args.workers} workers x {args.threads} threads; database: {db}; role: {args.role}")
    print(f"path: {args.path}")
    for i, r in enumerate(results, 1):
        print(f"  run {i}: first byte {r['ttfb'] * 1000:.0f} ms, total {r['total']:.2f} s "
              f"(server CPU {r['cpu']:.1f} s), {r['bytes'] / 1e6:.1f} MB, {int(r['lines']) - 1} lines")  # fmt: skip
    for pid in sorted(peak):
        print(f"  process {pid}: RSS idle {idle.get(pid, 0) / 1024:.1f} MB, peak {peak[pid] / 1024:.1f} MB")
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
