"""Markdown: headings, pipe tables, lists and footnotes ([^n]). Charts become their data table, so
the text stays readable anywhere and the numbers remain checkable."""

from __future__ import annotations

from speechwatch.stats.charts import ChartSpec
from speechwatch.stats.reports import document as d


def _esc(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(columns: list[str], rows: list[list[str]], numeric_from: int = 1) -> list[str]:
    out = ["| " + " | ".join(_esc(c) for c in columns) + " |"]
    out.append("|" + "|".join("---:" if i >= numeric_from else "---" for i in range(len(columns))) + "|")
    out.extend("| " + " | ".join(_esc(c).replace("\u2003", "&emsp;") for c in row) + " |" for row in rows)
    return out


def _refs(numbers: list[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def _chart(spec: ChartSpec) -> list[str]:
    columns = ["", *[name for name, _ in spec.series]]
    rows = [[cat, *[str(vals[i]) for _, vals in spec.series]] for i, cat in enumerate(spec.categories)]
    return [f"*{spec.title}*", "", *_table(columns, rows)]


def _blocks(blocks, level: int, out: list[str]) -> None:
    for b in blocks:
        if isinstance(b, d.Section):
            out += [f"{'#' * min(6, b.level + 1)} {b.title}", ""]
            _blocks(b.blocks, b.level, out)
        elif isinstance(b, d.Paragraph):
            text = b.text + _refs(b.footnotes)
            out += [f"*{text}*" if b.style == "lead" else text, ""]
        elif isinstance(b, d.Table):
            if b.caption:
                out += [f"**{b.caption}**", ""]
            rows = [[f"**{c}**" if i in b.emphasis and c else c for c in row] for i, row in enumerate(b.rows)]
            out += [*_table(b.columns, rows, b.numeric_from), ""]
        elif isinstance(b, d.IncidentList):
            for e in b.entries:
                badge = f" _({b.follow_up_label})_" if e.follow_up else ""
                out.append(f"**{e.title}**{badge}{_refs(e.footnotes)}")
                meta = " · ".join(x for x in (e.date, e.place) if x)
                if meta:
                    out += ["", f"_{meta}_"]
                out.append("")
                if e.summary:
                    out += [e.summary, ""]
                for para in (e.narrative or "").split("\n"):
                    if para.strip():
                        out += [para.strip(), ""]
        elif isinstance(b, d.BulletList):
            out += [f"{i + 1}. {item}" if b.ordered else f"- {item}" for i, item in enumerate(b.items)]
            out.append("")
        elif isinstance(b, d.PersonList):
            for p in b.entries:
                out.append(f"- **{p.name}**{_refs(p.footnotes)}")
                for key in ("charges", "sentence", "restrictions"):
                    if getattr(p, key):
                        out.append(f"  - {b.labels.get(key, key)}: {getattr(p, key)}")
                if p.details:
                    out.append(f"  - {p.details}")
            out.append("")
        elif isinstance(b, d.Chart):
            out += [*_chart(b.spec), ""]


def render_md(doc: d.Document) -> bytes:
    out = []
    if doc.organisation:
        out += [f"**{doc.organisation}**", ""]
    out += [f"# {doc.title}", ""]
    if doc.published:
        out += [f"{doc.labels.get('published', 'Published')}: {doc.published}", ""]
    if doc.subtitle:
        out += [f"*{doc.subtitle}*", ""]
    _blocks(doc.sections, 1, out)
    if doc.footnotes:
        out += [f"## {doc.labels.get('footnotes', 'Notes')}", ""]
        out += [f"[^{i}]: {note}" for i, note in enumerate(doc.footnotes, 1)]
        out.append("")
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")
