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


class DecompressedTooLarge(ExtractionError):
    """A DOCX (zip) whose parts would unzip to more than the cap: refused before anything is inflated."""

    code = "SW-E009"


class TooManyPages(ExtractionError):
    """A PDF with more pages than the cap: refused before any page's text is extracted."""

    code = "SW-E010"


class ParseTimeLimit(ExtractionError):
    """Reading the file ran out of its CPU or wall-clock time in the parse worker."""

    code = "SW-E011"


class ParseMemoryLimit(ExtractionError):
    """Reading the file needed more memory than the parse worker may use."""

    code = "SW-E012"


class ParseWorkerFailed(ExtractionError):
    """The parse worker died without an answer (a crash in a parser library)."""

    code = "SW-E013"


def error_class(code: str) -> type[ExtractionError]:
    """The error class of a code, so an error raised in the parse worker is raised again as itself."""
    for cls in _all_subclasses(ExtractionError):
        if cls.code == code:
            return cls
    return ExtractionError


def _all_subclasses(cls: type[ExtractionError]) -> list[type[ExtractionError]]:
    out = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_all_subclasses(sub))
    return out


def rebuild(code: str, message: str) -> ExtractionError:
    """An ExtractionError of `code` whose str() is exactly `message` (which already starts with the code)."""
    exc = error_class(code).__new__(error_class(code))
    Exception.__init__(exc, message)
    return exc
