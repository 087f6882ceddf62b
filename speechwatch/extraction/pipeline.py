"""The pipeline: read → detect language → report metadata → published figures → incidents.

Each stage is a plain function over the normalised text, so stages can be tested and replaced alone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from speechwatch.extraction.schemas import ExtractionResult, SourceInfo


def extract_text(text: str, *, path: str = "<text>", fmt: str = "txt", language: str | None = None,
                 sha256: str | None = None) -> ExtractionResult:
    """Run the pipeline over already-read text (normalised here, so spans index into the result)."""
    from speechwatch.extraction.figures import extract_figures
    from speechwatch.extraction.incidents import extract_incidents
    from speechwatch.extraction.language import detect_language
    from speechwatch.extraction.metadata import extract_metadata
    from speechwatch.extraction.readers import normalise_text

    text = normalise_text(text)
    lang = language or detect_language(text)
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    result = ExtractionResult(source=SourceInfo(path=path, sha256=digest, format=fmt, language=lang), text=text)
    result.report, warnings = extract_metadata(text, lang, path=path)
    result.warnings.extend(warnings)
    result.statistics = extract_figures(text, lang, result.report)
    result.incidents = extract_incidents(text, lang, result.report)
    return result


def extract_path(path: str | Path, *, max_bytes: int | None = None) -> ExtractionResult:
    """Read a file (txt, html, docx, pdf) and run the pipeline. Raises ExtractionError subclasses.

    `max_bytes` overrides the size limit (default: SPEECHWATCH_EXTRACT_MAX_MB, 20 MB).
    """
    from speechwatch.extraction.readers import read_path

    doc = read_path(Path(path), limit=max_bytes)
    return extract_text(doc.text, path=str(path), fmt=doc.format, language=doc.language, sha256=doc.sha256)
