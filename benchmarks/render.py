"""Monthly report rendering time per format on the demo data (target: PDF < 3 s).

    SPEECHWATCH_DATABASE_URL=sqlite:////tmp/bench-render.db .venv/bin/python benchmarks/render.py [--period 2024-04]

Loads the demo data into the database when it holds no incidents, builds the monthly report once per
language and renders it `--repeat` times per format; prints the median and worst time per format
(build time is reported separately: it is the database part, the same for every format).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--period", default="2024-04")
    parser.add_argument("--lang", action="append", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    from speechwatch.core.dbcheck import ensure_migrated
    from speechwatch.core.i18n import compile_all
    from speechwatch.incidents.models import Incident
    from speechwatch.reports import FORMATS, build, render

    compile_all()
    ensure_migrated()
    if not Incident.objects.exists():
        call_command("demo", verbosity=0)
    print(f"database: {Incident.objects.count()} incidents; period {args.period}; repeat {args.repeat}")
    render(build("monthly", args.period, lang="en"), "pdf")  # warm up fonts and templates
    results = []
    for lang in args.lang or ["en", "ru"]:
        t = time.perf_counter()
        doc = build("monthly", args.period, lang=lang)
        build_s = time.perf_counter() - t
        incidents = sum(len(getattr(b, "entries", [])) for b in doc.walk() if hasattr(b, "follow_up_label"))
        for fmt in FORMATS:
            times, size = [], 0
            for _ in range(args.repeat):
                t = time.perf_counter()
                size = len(render(doc, fmt))
                times.append(time.perf_counter() - t)
            results.append((lang, fmt, build_s, statistics.median(times), max(times), size, incidents))
    print(f"{'lang':4} {'format':6} {'build s':>8} {'render median s':>16} {'render max s':>13} {'build+render s':>15}"
          f" {'bytes':>9} {'incidents':>9}")
    for lang, fmt, b, med, worst, size, n in results:
        print(f"{lang:4} {fmt:6} {b:8.3f} {med:16.3f} {worst:13.3f} {b + med:15.3f} {size:9,} {n:9}")
    worst_pdf = max(b + med for _l, f, b, med, _w, _s, _n in results if f == "pdf")
    verdict = "OK" if worst_pdf < 3 else "MISSED"
    print(f"monthly PDF (build + render, median): {worst_pdf:.2f} s — target < 3 s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
