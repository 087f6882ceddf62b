"""Hostile files generated at test time: a DOCX zip bomb and a PDF with very many pages.

Both are written so the test process itself stays small: the bomb's gigabyte of XML is streamed into
the zip in chunks (never held in memory), the PDF's pages are blank and share one page object's shape.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from pathlib import Path

MB = 1024 * 1024

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
DOC_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>"
)
DOC_TAIL = "</w:t></w:r></w:p></w:body></w:document>"


def zip_bomb_docx(path: Path, unzipped_mb: int = 1024) -> Path:
    """A valid DOCX skeleton whose word/document.xml is `unzipped_mb` MB of one repeated letter, deflated
    about 1000:1 (so about 1 MB on disk).

    Deflating a gigabyte takes zlib 5 s, so the part is assembled instead: each 1 MB chunk is deflated
    once, ending with a full flush (which resets the compressor's history), so every following chunk
    deflates to exactly the same bytes and the block is simply repeated. The part's data is then written
    raw into an ordinary zip file by hand (local header, data, central directory).
    """
    head, tail = DOC_HEAD.encode(), DOC_TAIL.encode()
    chunk = b"A" * MB
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = deflate.compress(head) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(head)
    for _ in range(unzipped_mb):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    end = deflate.compress(tail) + deflate.flush(zlib.Z_FINISH)
    size = len(head) + unzipped_mb * MB + len(tail)
    compressed = len(start) + unzipped_mb * len(block) + len(end)

    entries: list[tuple[bytes, int, int, int, int, int]] = []  # name, method, crc, csize, size, offset
    with path.open("wb") as out:

        def member(name: str, method: int, crc: int, csize: int, usize: int, parts: Iterable[bytes]) -> None:
            raw = name.encode()
            entries.append((raw, method, crc, csize, usize, out.tell()))
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, csize, usize, len(raw), 0))
            out.write(raw)
            for data in parts:
                out.write(data)

        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)):
            data = text.encode()
            member(name, 0, zlib.crc32(data), len(data), len(data), [data])
        member("word/document.xml", 8, crc, compressed, size, [start, *(block for _ in range(unzipped_mb)), end])
        directory = out.tell()
        for raw, method, crc_, csize, usize, offset in entries:
            out.write(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc_, csize, usize, len(raw),
                    0, 0, 0, 0, 0, offset,
                )
            )
            out.write(raw)
        length = out.tell() - directory
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), length, directory, 0))
    return path


def many_pages_pdf(path: Path, pages: int = 20_000) -> Path:
    """A PDF of `pages` blank pages (pypdf writer; a few seconds)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    with path.open("wb") as out:
        writer.write(out)
    return path


# --- stand-ins for runaway parsers, run in the parse worker (so: importable without Django) ----------


def hog_memory(path: str, language: str | None = None) -> None:
    """A parser that wants far more memory than it may have."""
    hoard = []
    while True:
        hoard.append(bytearray(64 * MB))


def spin(path: str, language: str | None = None) -> None:
    """A parser whose time grows without end."""
    while True:
        pass


def sleep(path: str, language: str | None = None) -> None:
    """A parser stuck waiting."""
    import time

    time.sleep(60)
