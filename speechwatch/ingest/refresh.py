"""Read an already stored document again (`speechwatch ingest --refresh`), e.g. after the extraction
pipeline improved, without losing any editor's work.

- Published figures of the document are replaced by the new extraction's figures.
- Drafts nobody has touched (still "draft", never saved after the import) are deleted with their
  proceedings and replaced by the new extraction's drafts.
- Drafts an editor accepted, rejected, published or corrected are kept exactly as they are; a new
  record whose span overlaps one of them (IoU ≥ 0.5) is not stored again. If the normalised text
  changed, their spans are moved to where their narrative now is in the new text.
"""

from __future__ import annotations

from typing import Any

from speechwatch.incidents.choices import IncidentStatus
from speechwatch.incidents.models import Case, Incident, Proceeding, SourceDocument
from speechwatch.ingest.store import StoreResult, describe, fill, fingerprint


def reviewed(incident: Incident) -> bool:
    """True once a person has acted on the draft: its status moved, or it was saved after the import."""
    if incident.status != IncidentStatus.DRAFT:
        return True
    return incident.history.exclude(history_type="+").exists()


def refresh_document(doc: SourceDocument, data: dict[str, Any], text: str, *, user: Any = None) -> StoreResult:
    """Replace the figures and untouched drafts of `doc` with those of a new extraction (caller holds
    the transaction)."""
    drafts = list(doc.incidents.all())
    kept = [i for i in drafts if reviewed(i)]
    dropped = [i.pk for i in drafts if i not in kept]
    cases = {i.case_id for i in drafts if i.pk in dropped and i.case_id}
    Proceeding.objects.filter(incident_id__in=dropped).delete()
    Incident.objects.filter(pk__in=dropped).delete()
    for case in Case.objects.filter(pk__in=cases, incidents__isnull=True, proceedings__isnull=True):
        if not case.history.exclude(history_type="+").exists():
            case.delete()  # opened by the import for a follow-up that is gone, never edited
    doc.figures.all().delete()
    warnings = _move_spans(kept, doc.text, text) if text != doc.text else []
    describe(doc, data, text)
    doc.save()
    fingerprint(doc)
    keep = [(i.span_start, i.span_end) for i in kept if i.span_start is not None and i.span_end is not None]
    result = fill(doc, data, text, user=user, keep=keep)
    result.created, result.refreshed, result.kept = False, True, len(kept)
    if warnings:
        result.warnings = [*warnings, *result.warnings]
        doc.warnings = [*doc.warnings, *warnings]
        doc.save(update_fields=["warnings"])
    return result


def _move_spans(kept: list[Incident], old: str, new: str) -> list[str]:
    warnings = []
    for incident in kept:
        if incident.span_start is None or incident.span_end is None:
            continue
        quoted = old[incident.span_start : incident.span_end]
        at = new.find(quoted) if quoted else -1
        if at < 0:
            warnings.append(f"reviewed incident {incident.pk}: its text is no longer in the document; span cleared")
            incident.span_start = incident.span_end = None
        else:
            incident.span_start, incident.span_end = at, at + len(quoted)
        Incident.objects.filter(pk=incident.pk).update(span_start=incident.span_start, span_end=incident.span_end)
    return warnings
