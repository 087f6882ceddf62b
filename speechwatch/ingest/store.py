"""Store one extraction (methodology §7 JSON + the text its spans index into) in the database.

One file is one transaction: the SourceDocument, its PublishedFigures and its draft Incidents (with
places, actors, cases, proceedings) are written together or not at all. A document whose sha256 is
already stored is left alone ("unchanged"), so re-importing a file never duplicates anything and never
touches drafts an editor has since accepted or corrected.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction

from speechwatch.extraction.footnotes import find_footnotes, note_spans
from speechwatch.extraction.narrative import argument_section, narrative_blocks, sections
from speechwatch.incidents.models import PublishedFigure, SourceDocument
from speechwatch.ingest.drafts import store_incident
from speechwatch.ingest.matching import Resolver
from speechwatch.ingest.models import DocumentFingerprint, NarrativeBlock


@dataclass
class StoreResult:
    document: SourceDocument
    created: bool
    figures: int = 0
    incidents: int = 0
    warnings: list[str] = field(default_factory=list)
    refreshed: bool = False
    kept: int = 0  # reviewed drafts a refresh left as they were


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def parse_period(value: Any) -> tuple[dt.date, dt.date] | None:
    if not isinstance(value, dict):
        return None
    start, end = parse_date(value.get("start")), parse_date(value.get("end"))
    if start is None or end is None or end < start:
        return None
    return start, end


def valid_span(span: Any, text: str) -> tuple[int, int] | None:
    """The span as a pair of ints inside the text, or None when the extraction gave something else."""
    try:
        start, end = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    return (start, end) if 0 <= start <= end <= len(text) else None


def store_extraction(
    data: dict[str, Any], text: str, *, filename: str, user: Any = None, refresh: bool = False
) -> StoreResult:
    """Store `data` (ExtractionResult.to_json()) unless a document with its sha256 is already stored.

    With `refresh`, an already stored document is read again instead (see `speechwatch.ingest.refresh`):
    its figures and untouched drafts are replaced, reviewed drafts are kept as they are.
    """
    sha = str(data["source"]["sha256"])
    existing = SourceDocument.objects.filter(sha256=sha).first()
    if existing is None:
        # The same report saved again with other line endings or encoding has another file hash but
        # the same normalised text: it is the same document (one indexed lookup, not a scan of texts).
        existing = SourceDocument.objects.filter(fingerprint__text_sha256=text_digest(text)).order_by("pk").first()
    if existing is not None:
        if not refresh:
            return StoreResult(existing, created=False)
        from speechwatch.ingest.refresh import refresh_document

        with transaction.atomic():
            return refresh_document(existing, data, text, user=user)
    try:
        with transaction.atomic():
            doc = SourceDocument(sha256=sha, filename=filename[:500])
            describe(doc, data, text)
            doc.save()
            fingerprint(doc)
            return fill(doc, data, text, user=user)
    except IntegrityError:
        # Another worker stored the same file between our check and our insert.
        existing = SourceDocument.objects.filter(sha256=sha).first()
        if existing is None:
            raise
        return StoreResult(existing, created=False)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(doc: SourceDocument) -> None:
    """Index the document's normalised text for the duplicate check."""
    DocumentFingerprint.objects.update_or_create(document=doc, defaults={"text_sha256": text_digest(doc.text)})


def describe(doc: SourceDocument, data: dict[str, Any], text: str) -> None:
    """Copy the report metadata, text and full extraction onto the document (not saved)."""
    report = data.get("report") or {}
    source = data.get("source") or {}
    period = parse_period(report.get("period"))
    doc.format = str(source.get("format") or "")[:10]
    doc.language = str(source.get("language") or "")[:5]
    doc.text = text
    doc.title = str(report.get("title") or "")[:500]
    doc.publisher = str(report.get("publisher") or "")[:300]
    doc.kind = str(report.get("kind") or "")[:20]
    doc.period_start, doc.period_end = period if period else (None, None)
    doc.published = parse_date(report.get("published"))
    doc.warnings = list(data.get("warnings") or [])
    doc.extraction = data


def fill(
    doc: SourceDocument,
    data: dict[str, Any],
    text: str,
    *,
    user: Any = None,
    keep: Sequence[tuple[int, int]] = (),
) -> StoreResult:
    """Store the figures and drafts of `data` for a saved document; records overlapping a span in
    `keep` (drafts an editor already reviewed) are not stored again."""
    period = parse_period((data.get("report") or {}).get("period"))
    resolver = Resolver(footnotes=find_footnotes(text))
    result = StoreResult(doc, created=True)
    result.figures = _store_figures(doc, data.get("statistics") or [], text, period, resolver)
    parts = sections(text)
    events: list[tuple[int, int]] = []
    for n, record in enumerate(data.get("incidents") or [], start=1):
        span = valid_span(record.get("span"), text)
        if span and argument_section(parts, *span):
            # a record read from the conclusions or recommendations is the report's argument: it is
            # kept as a narrative block below, never as an incident
            resolver.warnings.append(f"incident {n}: read from a conclusion or recommendation; kept as narrative")
            continue
        if span:
            events.append(span)
        if span and any(overlap(span, k) >= 0.5 for k in keep):
            continue
        if store_incident(doc, record, text, period, resolver, user=user, number=n):
            result.incidents += 1
    store_blocks(doc, text, [*events, *keep], resolver.footnotes)
    if resolver.warnings:
        doc.warnings = [*doc.warnings, *resolver.warnings]
        doc.save(update_fields=["warnings"])
    result.warnings = list(resolver.warnings)
    return result


def store_blocks(doc: SourceDocument, text: str, events: list[tuple[int, int]], notes: list[Any]) -> int:
    """Store the document's summary, analysis, conclusion and recommendation blocks (replacing any)."""
    NarrativeBlock.objects.filter(document=doc).delete()
    rows = [
        NarrativeBlock(document=doc, kind=b.kind, heading=b.heading, span_start=b.start, span_end=b.end)
        for b in narrative_blocks(text, events=events, skip=note_spans(notes))
    ]
    NarrativeBlock.objects.bulk_create(rows)
    return len(rows)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two spans (methodology §8 matches incidents the same way)."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else float(a == b)


def _store_figures(
    doc: SourceDocument,
    statistics: list[dict[str, Any]],
    text: str,
    report_period: tuple[dt.date, dt.date] | None,
    resolver: Resolver,
) -> int:
    rows = []
    for n, stat in enumerate(statistics, start=1):
        period = parse_period(stat.get("period")) or report_period
        try:
            value = int(stat["value"])
        except (KeyError, TypeError, ValueError):
            resolver.warnings.append(f"figure {n}: value {stat.get('value')!r} is not an integer; skipped")
            continue
        if period is None:
            resolver.warnings.append(f"figure {n} ({stat.get('measure')}): no period known; skipped")
            continue
        span = valid_span(stat.get("span"), text)
        rows.append(
            PublishedFigure(
                publisher=doc.publisher,
                measure=str(stat.get("measure") or "")[:60],
                scope=str(stat.get("scope") or "period")[:20],
                value=value,
                period_start=period[0],
                period_end=period[1],
                wording=text[span[0] : span[1]] if span else str(stat.get("text") or ""),
                source_document=doc,
                span_start=span[0] if span else None,
                span_end=span[1] if span else None,
            )
        )
    PublishedFigure.objects.bulk_create(rows)
    return len(rows)
