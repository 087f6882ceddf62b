"""Store one extraction (methodology §7 JSON + the text its spans index into) in the database.

One file is one transaction: the SourceDocument, its PublishedFigures and its draft Incidents (with
places, actors, cases, proceedings) are written together or not at all. A document whose sha256 is
already stored is left alone ("unchanged"), so re-importing a file never duplicates anything and never
touches drafts an editor has since accepted or corrected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction

from speechwatch.incidents.models import PublishedFigure, SourceDocument
from speechwatch.ingest.drafts import store_incident
from speechwatch.ingest.matching import Resolver


@dataclass
class StoreResult:
    document: SourceDocument
    created: bool
    figures: int = 0
    incidents: int = 0
    warnings: list[str] = field(default_factory=list)


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


def store_extraction(data: dict[str, Any], text: str, *, filename: str, user: Any = None) -> StoreResult:
    """Store `data` (ExtractionResult.to_json()) unless a document with its sha256 is already stored."""
    sha = str(data["source"]["sha256"])
    existing = SourceDocument.objects.filter(sha256=sha).first()
    if existing is not None:
        return StoreResult(existing, created=False)
    try:
        with transaction.atomic():
            return _store_new(data, text, sha=sha, filename=filename, user=user)
    except IntegrityError:
        # Another worker stored the same file between our check and our insert.
        existing = SourceDocument.objects.filter(sha256=sha).first()
        if existing is None:
            raise
        return StoreResult(existing, created=False)


def _store_new(data: dict[str, Any], text: str, *, sha: str, filename: str, user: Any) -> StoreResult:
    report = data.get("report") or {}
    source = data.get("source") or {}
    period = parse_period(report.get("period"))
    doc = SourceDocument.objects.create(
        sha256=sha,
        filename=filename[:500],
        format=str(source.get("format") or "")[:10],
        language=str(source.get("language") or "")[:5],
        text=text,
        title=str(report.get("title") or "")[:500],
        publisher=str(report.get("publisher") or "")[:300],
        kind=str(report.get("kind") or "")[:20],
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        published=parse_date(report.get("published")),
        warnings=list(data.get("warnings") or []),
        extraction=data,
    )
    resolver = Resolver()
    result = StoreResult(doc, created=True)
    result.figures = _store_figures(doc, data.get("statistics") or [], text, period, resolver)
    for n, record in enumerate(data.get("incidents") or [], start=1):
        if store_incident(doc, record, text, period, resolver, user=user, number=n):
            result.incidents += 1
    if resolver.warnings:
        doc.warnings = [*doc.warnings, *resolver.warnings]
        doc.save(update_fields=["warnings"])
    result.warnings = list(resolver.warnings)
    return result


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
