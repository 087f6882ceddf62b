"""The columns a table's caption names, for tables whose rows carry no header of their own.

Why a caption: a dotted-leader table ("obstruction ........ 7 | 16") has no header row; the sentence above it
says what each column counts ("Left: March; right: January–March"), and a column's span decides whether its
cells are the month's figures or the year's so far.
"""

from __future__ import annotations

import re

# a table's caption naming its columns in brackets, split by slashes: "Деректер (маусым / қаңтар–маусым):"
_CAPTION_COLUMNS = re.compile(r"\(([^()/]+(?:/[^()/]+)+)\)\s*:?\s*$")
# or one by one: "first figure — August, second — January–August", "Left: in March; right: January–March"
_FIRST_COLUMN = re.compile(r"\b(?:(?:the\s+)?first(?:\s+(?:column|figure|number|count))?|left|on the left|"
                           r"перв(?:ая|ое|ый)(?:\s+(?:цифра|число|колонка|столбец|графа))?|слева|"
                           r"бірінші(?:\s+(?:сан|баған))?|сол\s+жақ\w*)"
                           r"\s*(?:[:—–-]|gives\b|shows\b|is\b)\s*",
                           re.IGNORECASE)
_SECOND_COLUMN = re.compile(r"[,;]?\s*(?:and\s+|а\s+|и\s+|ал\s+)?\b(?:(?:the\s+)?second(?:\s+(?:column|figure|number|"
                            r"count))?|right|on the right|втор(?:ая|ое|ой)(?:\s+(?:цифра|число|колонка|столбец|"
                            r"графа))?|справа|екінші(?:\s+(?:сан|баған))?|оң\s+жақ\w*)\b\s*(?:[:—–-]|gives\b|shows\b|is\b)?\s*",
                            re.IGNORECASE)


def caption_columns(line: str) -> list[str]:
    """The names a table's caption gives its columns, left to right, or [] when it names none."""
    m = _CAPTION_COLUMNS.search(line)
    if m:
        return [part.strip() for part in m[1].split("/")]
    first = _FIRST_COLUMN.search(line)
    second = _SECOND_COLUMN.search(line, first.end()) if first else None
    if first is None or second is None:
        return []
    rest = re.split(r"[.;(]|\s[—–-]\s|$", line[second.end() :], maxsplit=1)[0]
    return [line[first.end() : second.start()].strip(" ,;"), rest.strip(" ,;")]
