"""The file formats of a download, each a generator of text or a file written row by row.

CSV: UTF-8 with a byte-order mark (Excel otherwise opens Cyrillic as mojibake), one header row of the
column keys, no comment lines (they break parsers; the licence is in the HTTP Link header and on the
data dictionary page). A text cell that starts with = + - @ or a tab or carriage return gets a leading
apostrophe, so a spreadsheet never evaluates it as a formula (OWASP "CSV injection").
XLSX: streamed as well (xlsx_stream: inline-string cells, never a formula or a link), with a second
sheet carrying the licence and the source.
JSON and GeoJSON: one object streamed piece by piece, with `licence`, `attribution` and `source` keys
(GeoJSON allows such foreign members beside "features").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from speechwatch.web.exports import xlsx_stream
from speechwatch.web.exports.columns import Column

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FLUSH_AT = 64 * 1024  # characters per chunk handed to the server


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will show as text: a leading apostrophe before = + - @ tab CR."""
    return "'" + text if text.startswith(FORMULA_START) else text


def cell_text(value: Any) -> str:
    """A record value as one CSV cell: lists joined with "; ", booleans as true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _csv_converter(kind: str) -> Callable[[Any], str]:
    """The function that turns one column's values into CSV cells (text is neutralised)."""
    if kind == "list":
        return lambda value: neutralise("; ".join(value)) if value else ""
    if kind == "boolean":
        return lambda value: "" if value is None else ("true" if value else "false")
    if kind == "integer":
        return lambda value: "" if value is None else str(value)
    return lambda value: neutralise(value) if value else ""


def csv_chunks(columns: Iterable[Column], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The CSV text in chunks of about FLUSH_AT characters, starting with the byte-order mark."""
    columns = list(columns)
    plan = [(c.key, _csv_converter(c.kind)) for c in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow([c.key for c in columns])
    yield buffer.getvalue()  # the first byte goes out before the first database row is read
    buffer.seek(0)
    buffer.truncate()
    for row in rows:
        writer.writerow([convert(row.get(key)) for key, convert in plan])
        if buffer.tell() >= FLUSH_AT:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _joined(head: str, items: Iterator[str], tail: str) -> Iterator[str]:
    """`head`, the items separated by commas, `tail`, batched into chunks of about FLUSH_AT."""
    yield head  # the first byte goes out before the first database row is read
    out: list[str] = []
    size = 0
    first = True
    for item in items:
        if not first:
            out.append(",\n")
        first = False
        out.append(item)
        size += len(item) + 2
        if size >= FLUSH_AT:
            yield "".join(out)
            out, size = [], 0
    out.append(tail)
    yield "".join(out)


def json_chunks(meta: dict[str, Any], columns: Iterable[Column], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """{"licence": …, "columns": [...], "incidents": [{key: value}, …]} with lists as arrays."""
    keys = [c.key for c in columns]
    head = _json(meta)[:-1] + ',"columns":' + _json(keys) + ',"incidents":[\n'
    return _joined(head, (_json({k: row.get(k) for k in keys}) for row in rows), "\n]}\n")


def geometry(points: list[list[float]]) -> dict[str, Any] | None:
    """A Point for one located place, a MultiPoint for several, null (allowed by RFC 7946) for none."""
    if not points:
        return None
    if len(points) == 1:
        return {"type": "Point", "coordinates": points[0]}
    return {"type": "MultiPoint", "coordinates": points}


def geojson_chunks(meta: dict[str, Any], columns: Iterable[Column], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection, one Feature per incident, properties = the columns."""
    keys = [c.key for c in columns]
    head = _json({"type": "FeatureCollection", **meta})[:-1] + ',"features":[\n'
    features = (
        _json(
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": geometry(row.get("coordinates") or []),
                "properties": {k: row.get(k) for k in keys},
            }
        )
        for row in rows
    )
    return _joined(head, features, "\n]}\n")


def xlsx_chunks(meta: dict[str, Any], columns: Iterable[Column], rows: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """The workbook, streamed (see xlsx_stream): sheet "incidents" (a header row of the column keys,
    then one row per incident; numbers and booleans typed, everything else text) and sheet "about"
    (licence, attribution, source)."""
    columns = list(columns)
    keys = [c.key for c in columns]
    kinds = [c.kind for c in columns]

    def cells(row: dict[str, Any]) -> list[Any]:
        out: list[Any] = []
        for key, kind in zip(keys, kinds, strict=True):
            value = row.get(key)
            if value is None or kind in ("integer", "boolean"):
                out.append(value)
            else:
                out.append(cell_text(value))
        return out

    about = [
        ("licence", meta["licence"]["name"]),
        ("licence_url", meta["licence"]["url"]),
        ("attribution", meta["attribution"]),
        ("source", meta["source"]),
        ("dictionary", meta["dictionary"]),
        ("generated_at", meta["generated_at"]),
    ]
    return xlsx_stream.workbook_chunks(keys, (cells(row) for row in rows), [(k, str(v)) for k, v in about])
