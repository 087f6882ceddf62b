"""Markdown: headings, pipe tables, lists and footnotes ([^n]). Charts become their data table, so
the text stays readable anywhere and the numbers remain checkable.

Every value is printed as text, never as markup: titles, summaries, names and notes come from records
that correspondents and imported reports wrote, and a Markdown file is often rendered to HTML by
whatever opens it (a git forge, a wiki, a static-site generator). So HTML-significant characters become
entities, Markdown syntax characters are backslash-escaped, a line may not start a block (heading,
list, quote), and only http(s) URLs stay URLs: `javascript:`, `data:` and the like are printed as inert
text.
"""

from __future__ import annotations

import re

from speechwatch.reports import document as d
from speechwatch.stats.charts import ChartSpec

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_INLINE = set("\\`*_[]|~")  # emphasis, code, links, tables, strike-through; line starts: _BLOCK_START
_URL = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,31}):(\S+)")
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9\-.~:/?#@!$&'+,;=%]")
_BLOCK_START = re.compile(r"^(\s*\d*)([#+=.)-])")


def _text(value: object) -> str:
    """Plain text escaped for Markdown and HTML: prints as written, cannot become a link or a tag."""
    out = []
    for ch in str(value):
        if ch in _HTML:
            out.append(_HTML[ch])
        elif ch in _INLINE:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _url(scheme: str, rest: str) -> str:
    """An http(s) URL kept as a (GitHub-style autolinked) URL, with every character that could end it
    or start Markdown syntax percent-encoded; any other scheme printed as inert text."""
    if scheme.lower() in ("http", "https"):
        return scheme + ":" + _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), rest)
    return _text(scheme) + "\\:" + _text(rest)  # `javascript\:…` renders as text, never as a link


def _esc(value: object) -> str:
    """One value printed from a record: URLs handled by `_url`, everything else by `_text`; newlines
    become spaces (a value never spans lines, so it cannot open a block)."""
    text = str(value).replace("\r", " ").replace("\n", " ")
    out, last = [], 0
    for m in _URL.finditer(text):
        out += [_text(text[last : m.start()]), _url(m.group(1), m.group(2))]
        last = m.end()
    out.append(_text(text[last:]))
    return "".join(out)


def _line(value: object) -> str:
    """A value that starts a line of its own (a paragraph): also kept from starting a heading, a list
    item, a quote or a setext underline."""
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _esc(value), count=1)


def _table(columns: list[str], rows: list[list[str]], numeric_from: int = 1, bold: set[int] = frozenset()) -> list[str]:
    def cell(value: object, strong: bool) -> str:
        text = _esc(value).replace("\u2003", "&emsp;")
        return f"**{text}**" if strong and text else text

    out = ["| " + " | ".join(cell(c, False) for c in columns) + " |"]
    out.append("|" + "|".join("---:" if i >= numeric_from else "---" for i in range(len(columns))) + "|")
    out.extend("| " + " | ".join(cell(c, i in bold) for c in row) + " |" for i, row in enumerate(rows))
    return out


def _refs(numbers: list[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def _chart(spec: ChartSpec) -> list[str]:
    columns = ["", *[name for name, _ in spec.series]]
    rows = [[cat, *[str(vals[i]) for _, vals in spec.series]] for i, cat in enumerate(spec.categories)]
    return [f"*{_esc(spec.title)}*", "", *_table(columns, rows)]


def _blocks(blocks, level: int, out: list[str]) -> None:
    for b in blocks:
        if isinstance(b, d.Section):
            out += [f"{'#' * min(6, b.level + 1)} {_esc(b.title)}", ""]
            _blocks(b.blocks, b.level, out)
        elif isinstance(b, d.Paragraph):
            text = _line(b.text) + _refs(b.footnotes)
            out += [f"*{text}*" if b.style == "lead" else text, ""]
        elif isinstance(b, d.Table):
            if b.caption:
                out += [f"**{_esc(b.caption)}**", ""]
            out += [*_table(b.columns, b.rows, b.numeric_from, b.emphasis), ""]
        elif isinstance(b, d.IncidentList):
            for e in b.entries:
                if e.untranslated:
                    continue  # preview-only entries never reach a file
                badge = f" _({_esc(b.follow_up_label)})_" if e.follow_up else ""
                if e.marker:
                    out += [f"_{_esc(e.marker)}_", ""]
                if e.title or badge:
                    out.append(f"**{_esc(e.title)}**{badge}{_refs(e.footnotes)}")
                meta = " · ".join(_esc(x) for x in (e.date, e.place) if x)
                if meta:
                    out += ["", f"_{meta}_"]
                out.append("")
                if e.summary:
                    out += [_line(e.summary), ""]
                for para in (e.narrative or "").split("\n"):
                    if para.strip():
                        out += [_line(para.strip()), ""]
        elif isinstance(b, d.BulletList):
            out += [f"{i + 1}. {_esc(item)}" if b.ordered else f"- {_esc(item)}" for i, item in enumerate(b.items)]
            out.append("")
        elif isinstance(b, d.PersonList):
            for p in b.entries:
                out.append(f"- **{_esc(p.name)}**{_refs(p.footnotes)}")
                for key in ("charges", "sentence", "restrictions"):
                    if getattr(p, key):
                        out.append(f"  - {_esc(b.labels.get(key, key))}: {_esc(getattr(p, key))}")
                if p.details:
                    out.append(f"  - {_esc(p.details)}")
            out.append("")
        elif isinstance(b, d.Chart):
            out += [*_chart(b.spec), ""]


def render_md(doc: d.Document) -> bytes:
    out = []
    if doc.organisation:
        out += [f"**{_esc(doc.organisation)}**", ""]
    out += [f"# {_esc(doc.title)}", ""]
    if doc.published:
        out += [f"{_esc(doc.labels.get('published', 'Published'))}: {_esc(doc.published)}", ""]
    if doc.subtitle:
        out += [f"*{_esc(doc.subtitle)}*", ""]
    for line in (doc.caveat, doc.basis):
        if line:
            out += [f"**{_esc(line)}**", ""]
    _blocks(doc.sections, 1, out)
    if doc.footnotes:
        out += [f"## {_esc(doc.labels.get('footnotes', 'Notes'))}", ""]
        out += [f"[^{i}]: {_esc(note)}" for i, note in enumerate(doc.footnotes, 1)]
        out.append("")
    # figures print as plain digits: the no-break space of "1 500 000" becomes an ordinary space
    return ("\n".join(out).rstrip() + "\n").replace("\u00a0", " ").encode("utf-8")
