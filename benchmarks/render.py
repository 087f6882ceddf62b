"""Report rendering: time and peak memory to assemble and render the monthly report (PDF, DOCX) and
the annual report at 10,000 incidents in the year (targets: monthly PDF < 3 s; annual PDF < 30 s
and peak memory < 400 MB).

    SPEECHWATCH_DATABASE_URL=sqlite:////tmp/bench-render.db .venv/bin/python benchmarks/render.py \
        [--year-incidents 10000] [--repeat 3]

Loads the demo data when the database holds no incidents, then fills a separate year (2025) with
`--year-incidents` published incidents (bulk-inserted: the render is measured, not the insert), with
Russian titles for half of them, and an editors' selection for the annual report of that year
(10 lead stories, 200 listed incidents: an annual report lists what the editors selected; the full
register is the incident list's download). Each measurement runs in a fresh process so its peak
resident memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")
YEAR = 2025


def _setup() -> None:
    import django

    django.setup()
    from speechwatch.core.dbcheck import ensure_migrated
    from speechwatch.core.i18n import compile_all

    compile_all()
    ensure_migrated()


def seed(n: int) -> int:
    """Demo data plus `n` published incidents in YEAR and the editors' selection for its annual."""
    import datetime as dt
    import random

    from django.core.management import call_command

    from speechwatch.incidents.models import Incident, IncidentPlace
    from speechwatch.reports.models import IncidentText, LeadText, ReportItem, ReportPlan
    from speechwatch.vocab.models import Category, Place

    if not Incident.objects.exists():
        call_command("demo", verbosity=0)
    have = Incident.objects.filter(registered_month__year=YEAR).count()
    if have >= n:
        return have
    rng = random.Random(YEAR)
    cats = list(Category.objects.filter(group__counted=True).exclude(group__code="legal"))
    places = list(Place.objects.all()[:40])
    rows = []
    for i in range(have, n):
        month = dt.date(YEAR, 1 + i % 12, 1)
        rows.append(Incident(
            title=f"Benchmark incident {i}: reporter obstructed while covering a hearing",
            summary=f"Reporter {i} was kept out of a public hearing and could not film the session.",
            date=month + dt.timedelta(days=rng.randrange(28)), registered_month=month,
            primary_category=rng.choice(cats), status="published",
        ))  # fmt: skip
    made = Incident.objects.bulk_create(rows, batch_size=1000)
    IncidentPlace.objects.bulk_create([IncidentPlace(incident=inc, place=rng.choice(places)) for inc in made],
                                      batch_size=1000)
    IncidentText.objects.bulk_create([IncidentText(incident=inc, lang="ru", title=f"Журналисту {k} помешали работать",
                                                   summary="Журналиста не пустили на открытое заседание суда.")
                                      for k, inc in enumerate(made) if k % 2 == 0], batch_size=1000)
    plan, _ = ReportPlan.objects.get_or_create(kind="annual", period=str(YEAR), defaults={"basis": "published"})
    chosen = rng.sample(made, 210)
    for order, inc in enumerate(chosen):
        item = ReportItem.objects.create(plan=plan, incident=inc, featured=order < 10, order=order)
        if order < 10:
            LeadText.objects.create(item=item, lang="en", heading=f"Lead story {order + 1}",
                                    commentary="The foundation's commentary on this case.")
    return Incident.objects.filter(registered_month__year=YEAR).count()


def measure(kind: str, period: str, fmt: str, lang: str) -> dict:
    """Build and render once (after a warm-up of fonts and templates on a tiny document)."""
    from speechwatch.reports import build, render
    from speechwatch.reports.document import Document, Paragraph, Section

    warm = Document(kind="monthly", lang=lang, title="warm-up")
    warm.add(Section("s")).add(Paragraph("text"))
    render(warm, fmt)
    cpu0 = _cpu()
    t = time.perf_counter()
    doc = build(kind, period, lang=lang)
    built = time.perf_counter() - t
    data = render(doc, fmt)
    total = time.perf_counter() - t
    entries = sum(len(getattr(b, "entries", [])) for b in doc.walk() if hasattr(b, "follow_up_label"))
    pages = None
    if fmt == "pdf":
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
    return {"kind": kind, "period": period, "format": fmt, "lang": lang, "build_s": round(built, 3),
            "total_s": round(total, 3), "bytes": len(data), "entries": entries, "pages": pages,
            "cpu_s": round(_cpu() - cpu0, 3),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}  # fmt: skip


def _cpu() -> float:
    """CPU seconds of this process: on a shared machine wall time grows with the load, CPU time less."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year-incidents", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=4, metavar=("KIND", "PERIOD", "FORMAT", "LANG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    _setup()
    if args.child:
        print(json.dumps(measure(*args.child)))
        return 0
    from speechwatch.incidents.models import Incident

    n = seed(args.year_incidents)
    print(f"database: {Incident.objects.count():,} incidents, {n:,} registered in {YEAR}; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    cases = [("monthly", "2024-04", "pdf", "en"), ("monthly", "2024-04", "docx", "en"),
             ("monthly", "2024-04", "pdf", "ru"),
             ("monthly", f"{YEAR}-06", "pdf", "en"),  # stress: ~830 incidents in one month, every one listed
             ("annual", str(YEAR), "pdf", "en"), ("annual", str(YEAR), "docx", "en"),
             ("annual", str(YEAR), "pdf", "ru")]  # fmt: skip
    print(f"{'report':16} {'fmt':4} {'lang':4} {'build s':>8} {'median s':>9} {'max s':>7} {'cpu s':>6} {'peak MB':>8} "
          f"{'entries':>7} {'pages':>5} {'bytes':>10}")
    worst = {}
    for kind, period, fmt, lang in cases:
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, __file__, "--child", kind, period, fmt, lang], check=True,
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1]
            runs.append(json.loads(out))
        runs.sort(key=lambda r: r["total_s"])
        med = runs[len(runs) // 2]
        peak = max(r["peak_mb"] for r in runs)
        print(f"{kind + ' ' + period:16} {fmt:4} {lang:4} {med['build_s']:8.2f} {med['total_s']:9.2f} "
              f"{runs[-1]['total_s']:7.2f} {med['cpu_s']:6.2f} {peak:8.1f} {med['entries']:7} "
              f"{med['pages'] or '':>5} {med['bytes']:10,}")
        key = (kind if period != f"{YEAR}-06" else "stress", fmt)
        worst[key] = max(worst.get(key, (0, 0, 0)), (med["total_s"], peak, med["cpu_s"]))
    m = worst[("monthly", "pdf")]
    a = worst[("annual", "pdf")]
    print(f"monthly PDF {m[0]:.2f} s, {m[2]:.2f} s CPU (target < 3 s: {'OK' if m[0] < 3 else 'MISSED'}); "
          f"annual PDF {a[0]:.2f} s, {a[1]:.0f} MB peak (targets < 30 s, < 400 MB: "
          f"{'OK' if a[0] < 30 and a[1] < 400 else 'MISSED'}); load average now {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
