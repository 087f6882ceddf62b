"""Coded extraction errors. Each names the problem in one line, so a batch can report and go on."""

from __future__ import annotations


class ExtractionError(Exception):
    code = "SW-E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"{self.code} {message}")


class EmptyDocument(ExtractionError):
    code = "SW-E001"


class UnsupportedFormat(ExtractionError):
    code = "SW-E002"


class CorruptDocument(ExtractionError):
    code = "SW-E003"


class NoTextLayer(ExtractionError):
    code = "SW-E004"


class EncryptedDocument(ExtractionError):
    code = "SW-E005"


class DocumentTooLarge(ExtractionError):
    code = "SW-E006"


class UnsupportedLanguage(ExtractionError):
    code = "SW-E007"


class BinaryGarbage(ExtractionError):
    code = "SW-E008"
