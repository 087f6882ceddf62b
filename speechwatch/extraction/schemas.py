"""The pipeline's output records (methodology §7). Plain dataclasses; `to_json` gives the contract."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

SCHEMA = "speechwatch.extract/1"


@dataclass
class Period:
    start: date
    end: date

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass
class SourceInfo:
    path: str
    sha256: str
    format: str  # txt | html | docx | pdf
    language: str  # en | ru | kk


@dataclass
class ReportMeta:
    publisher: str | None = None
    title: str | None = None
    kind: str = "other"  # monthly | annual | briefing | other
    period: Period | None = None
    published: date | None = None


@dataclass
class Statistic:
    measure: str
    scope: str  # period | ytd | previous_year | other
    value: int
    period: Period | None
    span: tuple[int, int]
    text: str = ""  # the publisher's wording: text[span[0]:span[1]]


@dataclass
class ActorRef:
    name: str
    kind: str  # person | outlet | organisation
    role: str = "other"  # victim | perpetrator | plaintiff | complainant | defendant | other


@dataclass
class PlaceRef:
    name: str
    region: str | None  # region code as of the incident's date (codebook places.json)
    region_now: str | None = None


@dataclass
class LegalBasis:
    code: str  # CC | AC | CivC
    article: str
    part: str | None = None


@dataclass
class Amount:
    kind: str  # claimed | awarded | recovered | fine | other
    kzt: int


@dataclass
class IncidentRecord:
    span: tuple[int, int]
    date: date | None = None
    date_precision: str | None = None  # day | month | year
    category: str = "context.statement"
    categories: list[str] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    legal_bases: list[LegalBasis] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    follow_up: bool = False
    summary: str = ""
    title: str = ""  # the section heading, when the report gives one
    # probability the category model gives the primary category (None without a model); below
    # category_model.UNCERTAIN_BELOW the review screen marks the category "uncertain"
    confidence: float | None = None


@dataclass
class UnmappedFigure:
    """A count the layout shows ("Label – N" line, list item) whose label names no measure clearly:
    kept with the publisher's wording, never forced into a measure and never dropped."""

    label: str
    value: int
    scope: str
    span: tuple[int, int]


@dataclass
class ExtractionResult:
    source: SourceInfo
    text: str
    report: ReportMeta = field(default_factory=ReportMeta)
    statistics: list[Statistic] = field(default_factory=list)
    incidents: list[IncidentRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unmapped: list[UnmappedFigure] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        r = self.report
        out = {
            "schema": SCHEMA,
            "source": asdict(self.source),
            "report": {
                "publisher": r.publisher,
                "title": r.title,
                "kind": r.kind,
                "period": r.period.to_json() if r.period else None,
                "published": r.published.isoformat() if r.published else None,
            },
            "statistics": [
                {"measure": s.measure, "scope": s.scope, "value": s.value,
                 "period": s.period.to_json() if s.period else None, "span": list(s.span),
                 "text": self.text[s.span[0]:s.span[1]]}
                for s in self.statistics
            ],
            "incidents": [_incident_json(i, self.text) for i in self.incidents],
            "warnings": list(self.warnings),
        }
        if self.unmapped:  # optional: figures whose label names no measure (see UnmappedFigure)
            out["unmapped"] = [{"label": u.label, "value": u.value, "scope": u.scope, "span": list(u.span),
                                "text": self.text[u.span[0]:u.span[1]]} for u in self.unmapped]
        return out


def _incident_json(i: IncidentRecord, text: str) -> dict[str, Any]:
    return {
        "span": list(i.span),
        "date": i.date.isoformat() if i.date else None,
        "date_precision": i.date_precision,
        "category": i.category,
        "categories": list(i.categories) or [i.category],
        "actors": [asdict(a) for a in i.actors],
        "places": [{"name": p.name, "region": p.region} for p in i.places],
        "legal_bases": [asdict(b) for b in i.legal_bases],
        "amounts": [asdict(a) for a in i.amounts],
        "follow_up": i.follow_up,
        "summary": i.summary,
        "title": i.title,
        "confidence": i.confidence,
    }
