from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ReadDocument:
    text: str
    format: str
    language: str
    sha256: str


def normalise_text(text: str) -> str:  # placeholder
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_path(path: Path) -> ReadDocument:  # placeholder: plain text only
    from speechwatch.extraction.language import detect_language

    raw = path.read_bytes()
    text = normalise_text(raw.decode("utf-8", errors="replace"))
    return ReadDocument(text, "txt", detect_language(text), hashlib.sha256(raw).hexdigest())
