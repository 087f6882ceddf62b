"""Extraction speed and memory, on one core.

    python benchmarks/extract.py [--shared ../shared] [--files 1000] [--seconds 10]

Prints: monthly reports per second through the whole pipeline (target ≥ 20/s) with the time split
per component of `pipeline.PIPELINE` (plus reading the file), the time of the 134 KB annual seed (target < 2 s), and
resident memory while 1,000 files go through `extract_path` (target: flat). The one-time load of the
natasha models used by incident extraction is reported apart.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    """Current resident set size (Linux /proc), falling back to the peak."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1048576
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _monthly_files(shared: Path) -> list[Path]:
    files = sorted((shared / "seeds").glob("monthly-*.txt"))
    for p in sorted((shared / "corpus" / "dev").glob("*.txt")):
        if re.search(r"-\d{4}-(?:0[1-9]|1[0-2])(?:[_-]|$)", p.stem):  # NAME-YYYY-MM: one month
            files.append(p)
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    shared = Path(args.shared)
    if not shared.is_dir():
        print(f"no shared directory at {shared}", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from speechwatch.extraction.document import ReportDocument
    from speechwatch.extraction.pipeline import PIPELINE, clear_text_caches, extract_path
    from speechwatch.extraction.readers import read_path
    from speechwatch.extraction.schemas import ExtractionResult, SourceInfo

    files = _monthly_files(shared)
    t0 = time.perf_counter()
    extract_path(files[0])
    print(f"one-time warm-up (natasha and pymorphy3 dictionaries, category model, regex compilation): "
          f"{time.perf_counter() - t0:.2f} s")

    # 1. monthly reports per second, whole pipeline, with the split per stage
    # CPU time of this process is what "one core" means on a machine shared with other jobs; wall time
    # is printed beside it.
    clock = time.process_time
    split = {"read": 0.0, **{step.name: 0.0 for step in PIPELINE}}
    done, total_bytes = 0, 0
    start, wall_start = clock(), time.perf_counter()
    while clock() - start < args.seconds:
        for path in files:
            clear_text_caches()  # each file read cold, as an import reads new reports
            a = clock()
            read = read_path(path)
            split["read"] += clock() - a
            doc = ReportDocument(read.text, read.language)
            result = ExtractionResult(SourceInfo(str(path), read.sha256, read.format, read.language), read.text)
            for step in PIPELINE:
                a = clock()
                step(doc, result)
                split[step.name] += clock() - a
            done += 1
            total_bytes += len(read.text)
    elapsed, wall = clock() - start, time.perf_counter() - wall_start
    rate = done / elapsed
    print(f"monthly reports: {done} in {elapsed:.1f} s CPU = {rate:.1f} reports/s on one core "
          f"(target >= 20; wall {done / wall:.1f}/s, load {os.getloadavg()[0]:.1f}; "
          f"{len(files)} distinct files, mean {total_bytes / done / 1024:.1f} KB)")
    for stage, secs in split.items():
        print(f"  {stage:<10} {1000 * secs / done:7.2f} ms/report  ({100 * secs / sum(split.values()):4.1f} %)")

    # 2. the 134 KB annual seed
    annual = shared / "seeds" / "annual-2020-en.txt"
    if annual.is_file():
        times, walls = [], []
        for _ in range(3):
            clear_text_caches()
            a, w = clock(), time.perf_counter()
            result = extract_path(annual)
            times.append(clock() - a)
            walls.append(time.perf_counter() - w)
        print(f"annual seed {annual.stat().st_size / 1024:.0f} KB: CPU best {min(times):.2f} s, worst "
              f"{max(times):.2f} s, wall best {min(walls):.2f} s "
              f"(target < 2 s; {len(result.statistics)} figures, {len(result.incidents)} incidents)")

    # 3. memory over N files
    sources = files + sorted((shared / "seeds").glob("*.txt"))
    tmp = Path(tempfile.mkdtemp(prefix="sw-bench-"))
    try:
        paths = []
        for k in range(args.files):
            src = sources[k % len(sources)]
            dst = tmp / f"{k:04d}-{src.name}"
            shutil.copyfile(src, dst)
            paths.append(dst)
        gc.collect()
        marks = {}
        base = _rss_mb()
        a = time.perf_counter()
        for k, path in enumerate(paths, 1):
            extract_path(path).to_json()
            if k in {10, 100, 250, 500, 750, args.files}:
                gc.collect()
                marks[k] = _rss_mb()
        secs = time.perf_counter() - a
        print(f"memory over {args.files} files ({args.files / secs:.1f} files/s): start {base:.0f} MB; "
              + ", ".join(f"after {k}: {v:.0f} MB" for k, v in marks.items()))
        growth = marks[args.files] - marks[min(marks)]
        print(f"  growth from file 10 to {args.files}: {growth:+.1f} MB ({'flat' if growth < 20 else 'GROWING'})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
