"""Readers: a file on disk → normalised text, format, language and checksum.

Every failure is a coded `ExtractionError` with a one-line message, so a batch reports it and goes on.
The size limit is checked on the file's size before anything is read, so a 50 MB upload never enters
memory. Spans everywhere in the pipeline index into the text `normalise_text` returns.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from speechwatch.extraction.errors import (
    BinaryGarbage,
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ExtractionError,
    NoTextLayer,
    UnsupportedFormat,
    UnsupportedLanguage,
)

DEFAULT_MAX_MB = 20.0
FORMATS = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
           ".docx": "docx", ".pdf": "pdf"}


@dataclass
class ReadDocument:
    text: str
    format: str
    language: str
    sha256: str


def max_bytes() -> int:
    """The size limit: SPEECHWATCH_EXTRACT_MAX_MB (default 20 MB)."""
    try:
        mb = float(os.environ.get("SPEECHWATCH_EXTRACT_MAX_MB", DEFAULT_MAX_MB))
    except ValueError:
        mb = DEFAULT_MAX_MB
    return int(mb * 1024 * 1024)


# --- normalisation -----------------------------------------------------------------------------------

_LITERAL_NEWLINES = re.compile(r"(?:\\r\\n|\\n|\\r)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u2002\u2003\u2004\u2005\u2006\u2008\u200a\t\f\v]")
_TAG_DEBRIS = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,300})?/?>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def normalise_text(text: str) -> str:
    """One canonical form: \\n newlines (also literal '\\r\\n' escapes), plain spaces, no markup debris.

    Plain text keeps its length apart from newlines, so offsets annotated on the file stay valid.
    Idempotent, so text that was already normalised comes back unchanged (spans stay valid).
    """
    if "\\r\\n" in text or text.count("\\n") > 2:
        text = _LITERAL_NEWLINES.sub("\n", text)
        text = text.replace('\\"', '"').replace("\\t", " ")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ENTITY.search(text):
        text = html_lib.unescape(text)
    if _TAG_DEBRIS.search(text):
        text = _TAG_DEBRIS.sub("", text)
    text = _ZERO_WIDTH.sub("", text)
    return _SPACES.sub(" ", text)  # one space for one space: offsets of annotated spans stay valid


# --- decoding ----------------------------------------------------------------------------------------

def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return head.count(0) > 0 or controls / len(head) > 0.05


def decode_bytes(raw: bytes, name: str = "") -> str:
    """Bytes → str: BOMs, then strict UTF-8, then charset detection (cp1251 and KOI8-R Russian read right)."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    if _looks_binary(raw):
        raise BinaryGarbage(f"{name}: binary data, not a text document")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for enc in ("cp1251", "koi8-r"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible_cyrillic(text):
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None:
        raise BinaryGarbage(f"{name}: cannot determine the text encoding")
    return raw.decode(best.encoding, errors="replace")


_RU_COMMON = re.compile(r"(?<![^\W\d_])(?:и|в|на|не|что|по|с|о|из|за|от|для|года?|СМИ)(?![^\W\d_])")


def _plausible_cyrillic(text: str) -> bool:
    """cp1251 and KOI8-R both decode any byte; the right one gives common Russian words in lower case."""
    sample = text[:20000]
    letters = sum(1 for c in sample if c.isalpha())
    cyr = sum(1 for c in sample if "\u0400" <= c <= "\u04ff")
    if letters == 0 or cyr / letters < 0.3:
        return False
    words = len(re.findall(r"[^\W\d_]+", sample))
    return len(_RU_COMMON.findall(sample)) >= max(2, words // 25)


# --- format readers ----------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
               "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "title", "figcaption",
               "td", "th"}


def read_html(raw: bytes | str, name: str = "") -> str:
    """HTML → text with one line per block; scripts, styles and navigation debris dropped."""
    import lxml.html
    from lxml import etree

    text = raw if isinstance(raw, str) else _decode_html(raw, name)
    if "\\r\\n" in text or text.count("\\n") > 2:
        text = _LITERAL_NEWLINES.sub("\n", text).replace('\\"', '"')
    if not text.strip():
        raise EmptyDocument(f"{name}: empty HTML document")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise CorruptDocument(f"{name}: cannot parse HTML ({exc})") from exc
    for bad in root.xpath("//script|//style|//noscript|//template|//svg|//nav|//form|//button"):
        bad.drop_tree()
    title = " ".join(root.xpath("string(//head/title)").split())
    for head in root.xpath("//head"):
        head.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() in {"td", "th"}:
                el.tail = " " + (el.tail or "").lstrip("\n")
    body = root.text_content()
    lines = [" ".join(line.split()) for line in body.split("\n")]
    body = "\n".join(line for line in lines if line)
    if title and title not in body[:1000]:
        body = title + "\n" + body
    return body


def _decode_html(raw: bytes, name: str) -> str:
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", raw[:4096], re.IGNORECASE)
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return decode_bytes(raw, name)


def read_docx(raw: bytes, name: str = "") -> str:
    """DOCX → paragraphs and table rows, one per line."""
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise EncryptedDocument(f"{name}: encrypted (password-protected) or legacy .doc file, not a DOCX")
    if not raw.startswith(b"PK"):
        raise CorruptDocument(f"{name}: not a DOCX (zip) file")
    import docx

    from speechwatch.extraction.limits import check_zip

    check_zip(io.BytesIO(raw), name)  # the declared sizes, before python-docx inflates every part
    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptDocument(f"{name}: damaged or truncated DOCX ({exc.__class__.__name__})") from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise CorruptDocument(f"{name}: damaged or truncated DOCX ({exc.__class__.__name__}: {exc})") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if cell.text not in cells:
                    cells.append(cell.text)
            lines.append(" | ".join(cells))
    return "\n".join(lines)


def read_pdf(raw: bytes, name: str = "") -> str:
    """PDF text layer (pypdf); encrypted and image-only PDFs fail with their own codes."""
    if not raw.startswith(b"%PDF"):
        raise CorruptDocument(f"{name}: not a PDF file")
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from speechwatch.extraction.limits import check_pages

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:
                raise EncryptedDocument(f"{name}: encrypted PDF ({exc.__class__.__name__})") from exc
            if not ok:
                raise EncryptedDocument(f"{name}: encrypted PDF, a password is needed")
        check_pages(len(reader.pages), name)  # the page tree's count, before any text is extracted
        pages = [page.extract_text() or "" for page in reader.pages]
    except ExtractionError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise CorruptDocument(f"{name}: damaged PDF ({exc.__class__.__name__}: {exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise NoTextLayer(f"{name}: PDF has no text layer (scanned images?); run OCR first")
    return text


# --- entry point -------------------------------------------------------------------------------------

def read_bytes(raw: bytes, fmt: str, name: str = "") -> str:
    """Raw bytes of a given format → normalised text (no language check)."""
    if not raw.strip():
        raise EmptyDocument(f"{name}: empty file")
    if fmt == "txt":
        text = decode_bytes(raw, name)
    elif fmt == "html":
        text = read_html(raw, name)
    elif fmt == "docx":
        text = read_docx(raw, name)
    elif fmt == "pdf":
        text = read_pdf(raw, name)
    else:
        raise UnsupportedFormat(f"{name}: unsupported format {fmt!r}")
    text = normalise_text(text)
    if not text.strip():
        raise EmptyDocument(f"{name}: no text in the document")
    bad = sum(1 for c in text[:20000] if c == "\ufffd" or (ord(c) < 32 and c not in "\n"))
    if bad / max(1, min(len(text), 20000)) > 0.02:
        raise BinaryGarbage(f"{name}: text is mostly undecodable bytes")
    return text


def detect_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormat(f"{path}: unknown file type {path.suffix or '(no extension)'!r}; "
                                f"expected one of {', '.join(sorted(FORMATS))}")
    return fmt


def read_path(path: Path, limit: int | None = None) -> ReadDocument:
    """Read one file: format by extension, size checked before reading, language detected on the body."""
    from speechwatch.extraction.language import detect_language

    path = Path(path)
    fmt = detect_format(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorruptDocument(f"{path}: cannot open ({exc.strerror or exc})") from exc
    limit = max_bytes() if limit is None else limit
    if size > limit:
        raise DocumentTooLarge(f"{path}: file is {size / 1048576:.1f} MB, over the {limit / 1048576:.3g} MB "
                               "limit (SPEECHWATCH_EXTRACT_MAX_MB or --max-mb)")
    if size == 0:
        raise EmptyDocument(f"{path}: empty file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorruptDocument(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text = read_bytes(raw, fmt, str(path))
    language = detect_language(text)
    if language is None:
        raise UnsupportedLanguage(f"{path}: language is not English, Russian or Kazakh")
    return ReadDocument(text, fmt, language, hashlib.sha256(raw).hexdigest())
