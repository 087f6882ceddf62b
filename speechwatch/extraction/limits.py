"""Limits on what reading one file may cost, and the checks made before a parser is let loose on it.

A file's size says little about what parsing it costs: a 1.2 MB DOCX can declare a gigabyte of XML
(a zip bomb) and a small PDF can declare 20,000 pages. The cheap facts are checked first, from the
file's own directory (the zip central directory, the PDF page tree), and the file is refused with a
coded error before anything is inflated or extracted. What cannot be predicted (memory, CPU time) is
capped by the parse worker (`speechwatch.ingest.sandbox`) with these limits.

Every limit comes from the environment, read when it is needed, so a test or an operator can change
it without a restart of anything but the process that reads the file.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import asdict, dataclass
from typing import Any, BinaryIO

from speechwatch.extraction.errors import DecompressedTooLarge, TooManyPages

MB = 1024 * 1024
# a zip entry is only judged by its compression ratio when it unzips to more than this: small XML
# parts (styles, numbering) legitimately compress 100:1 and cost nothing
RATIO_MIN_BYTES = 1 * MB


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class ParseLimits:
    """What one file may cost. Passed to the parse worker explicitly (not through its environment)."""

    memory_mb: float = 1024  # RLIMIT_AS of the parse worker
    cpu_seconds: float = 120  # RLIMIT_CPU of the parse worker
    wall_seconds: float = 180  # the worker is killed after this long, even if it sleeps
    unzipped_mb: float = 50  # sum of the declared uncompressed sizes of a DOCX's parts
    zip_ratio: float = 100  # uncompressed / compressed of any part over RATIO_MIN_BYTES
    max_pages: int = 2000  # pages of a PDF

    @classmethod
    def from_env(cls) -> ParseLimits:
        d = cls()
        return cls(
            memory_mb=_env_number("SPEECHWATCH_PARSE_MAX_MB", d.memory_mb),
            cpu_seconds=_env_number("SPEECHWATCH_PARSE_CPU_SECONDS", d.cpu_seconds),
            wall_seconds=_env_number("SPEECHWATCH_PARSE_TIMEOUT_SECONDS", d.wall_seconds),
            unzipped_mb=_env_number("SPEECHWATCH_PARSE_MAX_UNZIPPED_MB", d.unzipped_mb),
            zip_ratio=_env_number("SPEECHWATCH_PARSE_MAX_ZIP_RATIO", d.zip_ratio),
            max_pages=int(_env_number("SPEECHWATCH_PARSE_MAX_PAGES", d.max_pages)),
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_zip(source: str | BinaryIO, name: str = "", limits: ParseLimits | None = None) -> None:
    """Refuse a zip (DOCX) whose central directory declares more than `unzipped_mb` in all, or a large
    part compressed more than `zip_ratio` times. Reads only the directory, never a part's data.

    Python's zipfile never inflates a part beyond its declared size, so the declared sizes are what a
    parser can be made to hold. A file that is not a zip at all is left to the reader to report.
    """
    limits = limits or ParseLimits.from_env()
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    total = sum(max(0, info.file_size) for info in infos)
    if total > limits.unzipped_mb * MB:
        raise DecompressedTooLarge(
            f"{name}: the document's parts unzip to {total / MB:,.0f} MB, over the {limits.unzipped_mb:g} MB "
            "limit (SPEECHWATCH_PARSE_MAX_UNZIPPED_MB); a zip bomb or a document padded with data"
        )
    for info in infos:
        if info.file_size > RATIO_MIN_BYTES:
            ratio = info.file_size / max(1, info.compress_size)
            if ratio > limits.zip_ratio:
                raise DecompressedTooLarge(
                    f"{name}: part {info.filename[:80]} is compressed {ratio:,.0f} times, over the "
                    f"{limits.zip_ratio:g}:1 limit (SPEECHWATCH_PARSE_MAX_ZIP_RATIO); a zip bomb?"
                )


def check_pages(count: int, name: str = "", limits: ParseLimits | None = None) -> None:
    """Refuse a PDF with more pages than `max_pages` (counted from the page tree, before any text)."""
    limits = limits or ParseLimits.from_env()
    if count > limits.max_pages:
        raise TooManyPages(
            f"{name}: PDF has {count:,} pages, over the {limits.max_pages:,} page limit (SPEECHWATCH_PARSE_MAX_PAGES)"
        )
