"""An XLSX workbook written while it is sent: the smallest valid SpreadsheetML package, zipped by the
standard library into an unseekable sink (zipfile then writes each part's sizes after its data), so
the first bytes leave at once and memory does not grow with the rows.

Why not xlsxwriter or openpyxl: both finish the whole file before its first byte can be sent (the
zip is assembled at close), and at 100,000 rows xlsxwriter spent 22 s of CPU, long enough for
gunicorn's sync worker timeout to cut the download off (docs/open-data.md). Text cells are inline
strings (never formulas, links or numbers guessed from text); characters XML cannot carry and carriage
returns use the OOXML escape _xHHHH_, which spreadsheet programs read back as the character.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
MAX_CELL = 32_767  # characters Excel keeps in one cell
FLUSH_AT = 64 * 1024
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = (
    f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT_SHEET}"/>'
    f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{CT_SHEET}"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'{_HEAD}<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'{_HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
    '<sheet name="incidents" sheetId="1" r:id="rId1"/><sheet name="about" sheetId="2" r:id="rId2"/>'
    "</sheets></workbook>"
)
WORKBOOK_RELS = (
    f'{_HEAD}<Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>'
)
STYLES = (  # style 0: normal; style 1: bold (the header row)
    f'{_HEAD}<styleSheet xmlns="{MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)
SHEET_OPEN = f'{_HEAD}<worksheet xmlns="{MAIN}"><sheetData>'
SHEET_CLOSE = "</sheetData></worksheet>"

# characters XML 1.0 cannot carry, CR (parsers turn it into LF), and text that already looks like
# an escape (so "_x0041_" typed by someone stays those seven characters)
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def _ooxml_escape(match: re.Match[str]) -> str:
    return f"_x{ord(match.group(0)):04X}_"


def cell_xml_text(text: str) -> str:
    """Text as the content of <t>: at most MAX_CELL characters, XML-escaped, OOXML-escaped."""
    return escape(_NEEDS_ESCAPE.sub(_ooxml_escape, text[:MAX_CELL]))


def column_letters(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def _cell(ref: str, value: Any, style: int = 0) -> str:
    s = f' s="{style}"' if style else ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{cell_xml_text(str(value))}</t></is></c>'


def row_xml(number: int, letters: list[str], values: Iterable[Any], style: int = 0) -> str:
    cells = "".join(_cell(f"{col}{number}", value, style) for col, value in zip(letters, values, strict=False))
    return f'<row r="{number}">{cells}</row>'


class _Sink:
    """An unseekable file that keeps what is written until it is taken."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        out = b"".join(self.parts)
        self.parts, self.size = [], 0
        return out


def workbook_chunks(header: list[str], rows: Iterable[list[Any]], about: list[tuple[str, str]]) -> Iterator[bytes]:
    """The .xlsx bytes in pieces: sheet "incidents" (bold `header`, then `rows`: lists of str, int,
    bool or None) and sheet "about" (`about` as label/value rows)."""
    sink = _Sink()
    book = zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED)  # type: ignore[arg-type]
    for name, text in (
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/styles.xml", STYLES),
    ):
        book.writestr(name, text)
    yield sink.take()
    letters = [column_letters(i) for i in range(len(header))]
    with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
        sheet.write((SHEET_OPEN + row_xml(1, letters, header, style=1)).encode())
        for number, values in enumerate(rows, start=2):
            sheet.write(row_xml(number, letters, values).encode())
            if sink.size >= FLUSH_AT:
                yield sink.take()
        sheet.write(SHEET_CLOSE.encode())
    about_rows = "".join(row_xml(i, ["A", "B"], pair) for i, pair in enumerate(about, start=1))
    book.writestr("xl/worksheets/sheet2.xml", SHEET_OPEN + about_rows + SHEET_CLOSE)
    book.close()
    yield sink.take()
