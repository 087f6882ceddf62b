"""Ingest report files: find them, extract each, store each in its own transaction, record the outcome.

The library comes first: `speechwatch ingest`, the web upload and the background job all call
`ingest_paths`. A file that cannot be read gets a one-line error naming it; the batch goes on.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from speechwatch.extraction.errors import ExtractionError
from speechwatch.ingest.models import IngestItem
from speechwatch.ingest.store import store_extraction

log = logging.getLogger(__name__)
EXTENSIONS = (".txt", ".html", ".htm", ".docx", ".pdf")
LANGUAGES = ("en", "ru", "kk")


@dataclass
class FileOutcome:
    path: str
    status: str  # imported | unchanged | refreshed | failed
    error: str = ""
    document_id: int | None = None
    figures: int = 0
    incidents: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    accepted: int = 0  # drafts accepted as proposed (--accept)

    @property
    def line(self) -> str:
        """The one line a terminal shows for this file."""
        if self.status == "failed":
            return f"error: {self.path}: {self.error}"
        if self.status == "unchanged":
            return f"unchanged: {self.path} (already stored as document {self.document_id})"
        if self.status == "refreshed":
            return f"refreshed: {self.path}: {self.figures} figures, {self.incidents} new draft incidents"
        accepted = f", {self.accepted} accepted" if self.accepted else ""
        return f"imported: {self.path}: {self.figures} figures, {self.incidents} draft incidents{accepted}"


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named on the command line are taken as they are (an unknown extension is then reported as
    that file's error); directories are walked for report files, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS))
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def max_bytes() -> int:
    return int(settings.MAX_UPLOAD_MB) * 1024 * 1024


def extract(path: Path, language: str | None = None) -> Any:
    """Run the extraction pipeline on one file in the limited parse worker (`speechwatch.ingest.sandbox`):
    a zip bomb, a 20,000-page PDF or a parser running away costs that worker, never this process.
    `language` forces the language instead of detecting it."""
    from speechwatch.ingest.sandbox import extract_file

    return extract_file(path, language)


def _precheck(path: Path) -> str | None:
    """Problems worth naming before the pipeline opens the file (it checks format and content)."""
    if not path.exists():
        return "no such file"
    if not path.is_file():
        return "not a regular file"
    size = path.stat().st_size
    if size > max_bytes():
        return f"file is {size / 1048576:.1f} MB, over the {settings.MAX_UPLOAD_MB} MB limit"
    return None


def ingest_file(
    path: str | Path,
    *,
    user: Any = None,
    language: str | None = None,
    name: str = "",
    refresh: bool = False,
    accept: bool = False,
) -> FileOutcome:
    """Extract and store one file. Never raises for a bad file: the outcome carries a one-line error.
    With `accept`, every draft of the file's document is then accepted as proposed
    (`speechwatch.ingest.accept.accept_document`, the review page's Accept)."""
    started = time.perf_counter()
    path = Path(path)
    shown = name or str(path)
    outcome = FileOutcome(path=shown, status="failed")
    try:
        problem = _precheck(path)
        if problem:
            outcome.error = problem
            return outcome
        known = None if refresh else _already_stored(path)
        if known is not None:
            outcome.status, outcome.document_id = "unchanged", known
            _accept(outcome, user, accept)
            return outcome
        result = extract(path, language)
        stored = store_extraction(result.to_json(), result.text, filename=name or path.name, user=user, refresh=refresh)
        outcome.status = "imported" if stored.created else "refreshed" if stored.refreshed else "unchanged"
        outcome.document_id = stored.document.pk
        outcome.figures, outcome.incidents, outcome.warnings = stored.figures, stored.incidents, stored.warnings
        _accept(outcome, user, accept)
    except ExtractionError as exc:
        # The pipeline's messages may name the path themselves; the outcome line names it once.
        outcome.error = _one_line(str(exc).replace(f"{path}: ", "").replace(f"{path.name}: ", ""))
    except MemoryError:
        outcome.error = "out of memory while reading the file"
    except Exception as exc:  # a bug must cost one file, not the batch
        log.exception("ingest of %s failed", shown)
        outcome.error = _one_line(f"internal error ({exc.__class__.__name__}: {exc})")
    finally:
        outcome.seconds = time.perf_counter() - started
    return outcome


def _accept(outcome: FileOutcome, user: Any, accept: bool) -> None:
    if not accept or outcome.document_id is None:
        return
    from speechwatch.incidents.models import SourceDocument
    from speechwatch.ingest.accept import accept_document

    outcome.accepted, warnings = accept_document(SourceDocument.objects.get(pk=outcome.document_id), user=user)
    outcome.warnings = [*outcome.warnings, *warnings]


def _already_stored(path: Path) -> int | None:
    """Fast path for re-imports: the pipeline identifies a file by the sha256 of its bytes, so a file
    whose hash is stored needs no extraction. (If the pipeline ever hashes differently this simply
    misses, and the file is extracted and recognised by `store_extraction`.)"""
    from speechwatch.incidents.models import SourceDocument

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return SourceDocument.objects.filter(sha256=digest).values_list("pk", flat=True).first()


def _one_line(message: str) -> str:
    return " ".join(message.split())[:900]


ProgressCallback = Callable[[int, int, str, int], None]  # done, total, current file, failures so far


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    user: Any = None,
    language: str | None = None,
    job: Any = None,
    on_progress: ProgressCallback | None = None,
    names: dict[str, str] | None = None,
    refresh: bool = False,
    accept: bool = False,
) -> list[FileOutcome]:
    """Ingest every file under `paths`, recording an IngestItem per file when a job is given."""
    files = collect_files(paths)
    outcomes: list[FileOutcome] = []
    failures = 0
    if on_progress:
        on_progress(0, len(files), "", 0)
    for i, path in enumerate(files, start=1):
        shown = (names or {}).get(str(path), "")
        outcome = ingest_file(path, user=user, language=language, name=shown, refresh=refresh, accept=accept)
        outcomes.append(outcome)
        failures += outcome.status == "failed"
        if job is not None:
            IngestItem.objects.create(
                job=job,
                path=str(path)[:1000],
                filename=(shown or path.name)[:500],
                status=outcome.status,
                error=outcome.error,
                document_id=outcome.document_id,
                figures=outcome.figures,
                incidents=outcome.incidents,
                accepted=outcome.accepted,
                warnings=outcome.warnings[:200],
                seconds=outcome.seconds,
            )
        if on_progress:
            on_progress(i, len(files), shown or path.name, failures)
    return outcomes


def summarise(outcomes: list[FileOutcome]) -> dict[str, int]:
    counts = {"files": len(outcomes), "imported": 0, "unchanged": 0, "refreshed": 0, "failed": 0}
    counts.update(figures=0, incidents=0, accepted=0)
    for o in outcomes:
        counts[o.status] += 1
        counts["figures"] += o.figures
        counts["incidents"] += o.incidents
        counts["accepted"] += o.accepted
    return counts
