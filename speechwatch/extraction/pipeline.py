"""The pipeline: a readable list of components over one `ReportDocument`.

Each component is a plain callable `(doc, result) -> None` that declares what it requires (layers of
the document, or what an earlier component assigned) and what it assigns. `PIPELINE` is the order they
run in; `check_pipeline` fails when a component needs something nothing before it provides, so the list
can be reordered, shortened or extended with a new step and tested one step at a time (spaCy's pattern).

    language → metadata → figures → absences → incidents
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from speechwatch.extraction.document import ReportDocument
from speechwatch.extraction.schemas import ExtractionResult, SourceInfo

# What the document provides by itself (computed on first use).
DOCUMENT_LAYERS = frozenset({"text", "doc.flat", "doc.lines", "doc.blocks", "doc.sentences", "doc.clauses",
                             "doc.tokens", "doc.numbers", "doc.money"})


@dataclass(frozen=True)
class Component:
    """One named step: `func(doc, result)`, with what it reads and what it writes."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    func: Callable[[ReportDocument, ExtractionResult], None]

    def __call__(self, doc: ReportDocument, result: ExtractionResult) -> None:
        self.func(doc, result)


def component(name: str, *, requires: Sequence[str], assigns: Sequence[str]
              ) -> Callable[[Callable[[ReportDocument, ExtractionResult], None]], Component]:
    """Decorator that turns a function into a `Component`."""
    def wrap(func: Callable[[ReportDocument, ExtractionResult], None]) -> Component:
        return Component(name, tuple(requires), tuple(assigns), func)
    return wrap


@component("language", requires=("text",), assigns=("doc.language",))
def detect_language_step(doc: ReportDocument, result: ExtractionResult) -> None:
    from speechwatch.extraction.language import detect_language

    if not doc.language:
        doc.language = detect_language(doc.text)
    result.source.language = doc.language


@component("metadata", requires=("doc.language",), assigns=("report", "warnings", "doc.period", "doc.dates"))
def metadata_step(doc: ReportDocument, result: ExtractionResult) -> None:
    from speechwatch.extraction.metadata import extract_metadata

    result.report, warnings = extract_metadata(doc.text, doc.language, path=result.source.path)
    result.warnings.extend(warnings)
    doc.period = result.report.period


@component("figures", requires=("doc.clauses", "doc.sentences", "doc.numbers", "doc.money", "report"),
           assigns=("statistics", "unmapped"))
def figures_step(doc: ReportDocument, result: ExtractionResult) -> None:
    from speechwatch.extraction.figures.extract import read_figures

    result.statistics, result.unmapped = read_figures(doc, result.report)
    for u in result.unmapped:
        result.warnings.append(f"figure {u.label!r} = {u.value} names no measure of the codebook; kept as unmapped")


@component("absences", requires=("doc.sentences", "statistics", "report"), assigns=("statistics",))
def absences_step(doc: ReportDocument, result: ExtractionResult) -> None:
    from speechwatch.extraction.figures.absence import absence_figures

    result.statistics.extend(absence_figures(doc, result.report, result.statistics))


@component("incidents", requires=("doc.dates", "report", "statistics"), assigns=("incidents",))
def incidents_step(doc: ReportDocument, result: ExtractionResult) -> None:
    from speechwatch.extraction.incidents import extract_incidents

    result.incidents = extract_incidents(doc.text, doc.language, result.report, result.statistics)


PIPELINE: list[Component] = [detect_language_step, metadata_step, figures_step, absences_step, incidents_step]


def check_pipeline(pipeline: Sequence[Component] = PIPELINE) -> None:
    """Raise ValueError when a component requires something no earlier component (or the document) gives."""
    have = set(DOCUMENT_LAYERS)
    for step in pipeline:
        missing = [r for r in step.requires if r not in have]
        if missing:
            raise ValueError(f"component {step.name!r} requires {missing} that nothing before it assigns")
        have.update(step.assigns)


def extract_text(text: str, *, path: str = "<text>", fmt: str = "txt", language: str | None = None,
                 sha256: str | None = None, pipeline: Sequence[Component] | None = None) -> ExtractionResult:
    """Run the pipeline over already-read text (normalised here, so spans index into the result)."""
    from speechwatch.extraction.readers import normalise_text

    text = normalise_text(text)
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = ReportDocument(text, language or "")
    result = ExtractionResult(source=SourceInfo(path=path, sha256=digest, format=fmt, language=language or ""),
                              text=text)
    for step in PIPELINE if pipeline is None else pipeline:
        step(doc, result)
    return result


def extract_path(path: str | Path, *, max_bytes: int | None = None) -> ExtractionResult:
    """Read a file (txt, html, docx, pdf) and run the pipeline. Raises ExtractionError subclasses.

    `max_bytes` overrides the size limit (default: SPEECHWATCH_EXTRACT_MAX_MB, 20 MB).
    """
    from speechwatch.extraction.readers import read_path

    doc = read_path(Path(path), limit=max_bytes)
    return extract_text(doc.text, path=str(path), fmt=doc.format, language=doc.language, sha256=doc.sha256)


def clear_text_caches() -> None:
    """Forget what the text-keyed caches remember (table rows, sentence kinds, paragraph readings).

    Why: they only help within one document (the segmenter and the incident reader ask about the same
    sentences); a benchmark that cycles through a few dozen files must clear them before each file, or a
    repeated file would be read from memory and the rate would flatter the code."""
    from speechwatch.extraction import document, not_incident, segment

    for cached in (document.is_table_row, not_incident.sentence_kind, segment._opens_with_statistic,
                   segment._inner_stories):
        cached.cache_clear()
