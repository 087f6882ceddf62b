"""Per-file ingest time with 10, 1,000 and 10,000 documents already stored: it must stay flat.

The duplicate check ("the same report saved with other line endings") used to compare the new text
with every stored text (`SourceDocument.objects.filter(text=text)`), a scan of the whole archive for
each file; now it is one lookup in the indexed `DocumentFingerprint` table. For each archive size the
benchmark tops the archive up with invented documents (about 8 KB of text each, fingerprinted as
ingest does), then ingests fresh report files through `speechwatch.ingest.services.ingest_file` (the
real pipeline in its sandbox, storing drafts and proposals) and prints the median time per file, the
time of the duplicate check alone, and, for comparison, the old full-text scan.

    SPEECHWATCH_DATABASE_URL=sqlite:////tmp/ingest_scaling.db .venv/bin/python benchmarks/ingest_scaling.py
    .venv/bin/python benchmarks/ingest_scaling.py --sizes 10 1000 10000 --files 5

The database named by SPEECHWATCH_DATABASE_URL (default: a new SQLite file under /tmp) is migrated and
filled; do not point it at a database you care about.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_scaling import MONTHLY

FILLER = (
    "The monitoring group kept a diary of the month in district {n}: meetings with editors, requests "
    "for information to local offices, court hearings attended and letters received from readers. "
)


def setup_django() -> None:
    os.environ.setdefault("SPEECHWATCH_DATABASE_URL", f"sqlite:///{tempfile.gettempdir()}/ingest_scaling.db")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def top_up(target: int) -> None:
    """Store invented documents (with fingerprints) until the archive holds `target` of them."""
    from speechwatch.incidents.models import SourceDocument
    from speechwatch.ingest.models import DocumentFingerprint
    from speechwatch.ingest.store import text_digest

    have = SourceDocument.objects.count()
    while have < target:
        batch = []
        for n in range(have, min(target, have + 500)):
            text = f"Archive document {n}\n\n" + FILLER.format(n=n) * 30
            sha = hashlib.sha256(f"archive-{n}".encode()).hexdigest()
            batch.append(
                SourceDocument(sha256=sha, filename=f"archive-{n}.txt", format="txt", language="en", text=text)
            )
        docs = SourceDocument.objects.bulk_create(batch)
        if any(d.pk is None for d in docs):  # databases that do not return keys from bulk inserts
            docs = list(SourceDocument.objects.filter(sha256__in=[d.sha256 for d in batch]))
        DocumentFingerprint.objects.bulk_create(
            [DocumentFingerprint(document=d, text_sha256=text_digest(d.text)) for d in docs]
        )
        have += len(batch)


def time_files(folder: Path, size: int, files: int) -> tuple[float, float, float]:
    """Median seconds per file for ingest, for the indexed duplicate check, and for the old text scan."""
    from speechwatch.incidents.models import SourceDocument
    from speechwatch.ingest.services import ingest_file
    from speechwatch.ingest.store import text_digest

    per_file, lookup, scan = [], [], []
    for k in range(files):
        path = folder / f"report-{size}-{k}.txt"
        path.write_text(f"Digest number {size}-{k}\n\n" + MONTHLY, encoding="utf-8")
        started = time.perf_counter()
        outcome = ingest_file(path)
        per_file.append(time.perf_counter() - started)
        if outcome.status != "imported":
            raise SystemExit(f"{path}: {outcome.status} {outcome.error}")
        text = SourceDocument.objects.get(pk=outcome.document_id).text + " (probe)"
        started = time.perf_counter()
        SourceDocument.objects.filter(fingerprint__text_sha256=text_digest(text)).first()
        lookup.append(time.perf_counter() - started)
        started = time.perf_counter()
        SourceDocument.objects.filter(text=text).first()
        scan.append(time.perf_counter() - started)
    return statistics.median(per_file), statistics.median(lookup), statistics.median(scan)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1000, 10000])
    parser.add_argument("--files", type=int, default=5, help="files ingested (timed) per archive size")
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm = folder / "warm.txt"
        warm.write_text("Warm-up digest\n\n" + MONTHLY, encoding="utf-8")
        top_up(min(args.sizes))
        from speechwatch.ingest.services import ingest_file

        ingest_file(warm)  # start the parse worker and load the vocabularies before timing
        print(f"database: {connection.vendor}; load: {os.getloadavg()[0]:.2f}")
        print(f"{'stored':>8} {'s/file':>8} {'dup check ms':>13} {'old text scan ms':>17}")
        for size in args.sizes:
            top_up(size)
            per_file, lookup, scan = time_files(folder, size, args.files)
            print(f"{size:8d} {per_file:8.3f} {lookup * 1000:13.2f} {scan * 1000:17.2f}", flush=True)


if __name__ == "__main__":
    main()
