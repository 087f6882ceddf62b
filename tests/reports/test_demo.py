"""Reports on the demo data set agree with the statistics engine figure by figure (on the publishable
basis: without confidential records)."""

from __future__ import annotations

import io

from docx import Document as Docx

from speechwatch.reports import build, render
from speechwatch.reports.document import Table
from speechwatch.reports.fmt import value
from speechwatch.stats.engine import compute
from speechwatch.stats.queries import publishable_only


def _rows(doc) -> dict[str, list[str]]:
    out = {}
    for block in doc.walk():
        if isinstance(block, Table) and block.columns and len(block.columns) == 3:
            for row in block.rows:
                out.setdefault(row[0].strip("\u2003"), row[1:])
    return out


def test_report_tables_equal_engine_figures(demo_db):
    from speechwatch.stats.measures import by_code

    labels = {c: m.label for c, m in by_code("en").items()}
    for kind, period, scopes in (("monthly", "2024-04", ("period", "ytd")),
                                 ("annual", "2024", ("period", "previous_year"))):
        doc = build(kind, period, lang="en")
        rows = _rows(doc)
        with publishable_only():  # a report's figures leave out confidential records, like its text
            # the demo's reports are on the basis "published incidents only"
            figures = {(f.measure, f.scope): f.value for f in compute(period, scopes=scopes, statuses=("published",))}
        assert figures[("reports.total", "period")] > 0
        checked = 0
        for code, label in labels.items():
            if label in rows:
                assert rows[label] == [value(figures[(code, s)], code, "en") for s in scopes], (kind, code)
                checked += 1
        assert checked >= 10
        docx = Docx(io.BytesIO(render(doc, "docx")))
        cells = {r.cells[0].text: [c.text for c in r.cells[1:]] for t in docx.tables for r in t.rows}
        assert cells["All reports"] == [value(figures[("reports.total", s)], "reports.total", "en") for s in scopes]
