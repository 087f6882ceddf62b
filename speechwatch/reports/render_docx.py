"""DOCX through python-docx, for editors who finish reports in Word.

Real heading styles (so Word's navigation pane and table of contents work), figure tables in the
"Table Grid" style, real Word footnotes (docx_parts), a table of contents in the annual report, and
charts as vector graphics: each chart is inserted as a PNG picture whose blip carries the Office 2016
`asvg:svgBlip` extension pointing at the SVG part. Word 2016+ and LibreOffice draw the SVG; older
readers fall back to the PNG.
"""

from __future__ import annotations

import io
from contextvars import ContextVar

from docx import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from speechwatch.reports import document as d
from speechwatch.reports.docx_parts import Footnotes, add_toc
from speechwatch.stats.charts import ChartSpec, to_png, to_svg

SVG_EXT_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
ASVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class _Notes:
    """Turns the document's numbered notes into real Word footnotes at each reference."""

    def __init__(self, document, texts: list[str]) -> None:
        self.footnotes = Footnotes(document)
        self.texts = texts

    def refs(self, paragraph, numbers: list[int]) -> None:
        for n in numbers:
            self.footnotes.reference(paragraph, self.texts[n - 1])


_NOTES: ContextVar[_Notes | None] = ContextVar("docx_notes", default=None)


def _refs(paragraph, numbers: list[int]) -> None:
    notes = _NOTES.get()
    if notes is not None:
        notes.refs(paragraph, numbers)


def add_svg_chart(document, spec: ChartSpec, width_cm: float = 16.0) -> None:
    """Insert a chart as PNG + svgBlip extension (vector in Word 2016+, PNG elsewhere)."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(to_png(spec)), width=Cm(width_cm))
    package = document.part.package
    partname = package.next_partname("/word/media/chart%d.svg")
    svg_part = Part(PackURI(partname), "image/svg+xml", to_svg(spec).encode("utf-8"), package)
    rid = document.part.relate_to(svg_part, RT.IMAGE)
    blip = run._r.findall(".//" + qn("a:blip"))[-1]
    ext_list = parse_xml(
        f'<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<a:ext uri="{SVG_EXT_URI}"><asvg:svgBlip xmlns:asvg="{ASVG_NS}" xmlns:r="{R_NS}" r:embed="{rid}"/>'
        f"</a:ext></a:extLst>"
    )
    blip.append(ext_list)
    doc_pr = run._r.find(".//" + qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("descr", spec.title)
    caption = document.add_paragraph(spec.title, style="Caption")
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _table(document, t: d.Table) -> None:
    if t.caption:
        cap = document.add_paragraph(style="Caption")
        cap.add_run(t.caption).bold = True
    table = document.add_table(rows=1, cols=len(t.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(t.columns):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(c)
        run.bold = True
        if i >= t.numeric_from:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r, row in enumerate(t.rows):
        cells = table.add_row().cells
        for i, value in enumerate(row):
            para = cells[i].paragraphs[0]
            text = value.replace("\u2003", "")
            indent = len(value) - len(value.lstrip("\u2003"))
            if indent:
                para.paragraph_format.left_indent = Cm(0.5 * indent)
            run = para.add_run(text)
            run.bold = r in t.emphasis
            if i >= t.numeric_from:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph()


def _incidents(document, block: d.IncidentList) -> None:
    for e in block.entries:
        p = document.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        title = p.add_run(e.title)
        title.bold = True
        title.font.color.rgb = RGBColor(0x1F, 0x3F, 0x5B)
        if e.follow_up:
            tag = p.add_run(f" ({block.follow_up_label})")
            tag.italic = True
        _refs(p, e.footnotes)
        meta = " · ".join(x for x in (e.date, e.place) if x)
        if meta:
            m = document.add_paragraph()
            run = m.add_run(meta)
            run.italic = True
            run.font.size = Pt(9)
        if e.summary:
            document.add_paragraph(e.summary)
        for line in (e.narrative or "").split("\n"):
            if line.strip():
                document.add_paragraph(line.strip())


def _people(document, block: d.PersonList) -> None:
    for person in block.entries:
        p = document.add_paragraph(style="List Bullet")
        p.add_run(person.name).bold = True
        _refs(p, person.footnotes)
        for key in ("charges", "sentence", "restrictions"):
            value = getattr(person, key)
            if value:
                q = document.add_paragraph(style="List Bullet 2")
                q.add_run(f"{block.labels.get(key, key)}: ").bold = True
                q.add_run(value)
        if person.details:
            document.add_paragraph(person.details, style="List Bullet 2")


def _blocks(document, blocks) -> None:
    for b in blocks:
        if isinstance(b, d.Section):
            document.add_heading(b.title, level=min(9, b.level))
            _blocks(document, b.blocks)
        elif isinstance(b, d.Paragraph):
            p = document.add_paragraph()
            run = p.add_run(b.text)
            if b.style in ("lead", "note"):
                run.italic = True
            _refs(p, b.footnotes)
        elif isinstance(b, d.Table):
            _table(document, b)
        elif isinstance(b, d.IncidentList):
            _incidents(document, b)
        elif isinstance(b, d.BulletList):
            for item in b.items:
                document.add_paragraph(item, style="List Number" if b.ordered else "List Bullet")
        elif isinstance(b, d.PersonList):
            _people(document, b)
        elif isinstance(b, d.Chart):
            add_svg_chart(document, b.spec)


def render_docx(doc: d.Document) -> bytes:
    document = DocxDocument()
    notes = _Notes(document, doc.footnotes)
    token = _NOTES.set(notes)  # the note collector of this render (per thread/context)
    styles = document.styles
    styles["Normal"].font.name = "DejaVu Serif"
    styles["Normal"].font.size = Pt(10.5)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(2)
    props = document.core_properties
    props.title = doc.title
    props.author = doc.organisation
    props.language = doc.lang
    if doc.organisation:
        org = document.add_paragraph()
        run = org.add_run(doc.organisation.upper())
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    document.add_heading(doc.title, level=0)
    if doc.published:
        document.add_paragraph(f"{doc.labels.get('published', 'Published')}: {doc.published}")
    if doc.subtitle:
        document.add_paragraph().add_run(doc.subtitle).italic = True
    if doc.kind == "annual":
        add_toc(document, doc.labels.get("contents", "Contents"))
    try:
        _blocks(document, doc.sections)
    finally:
        _NOTES.reset(token)
    notes.footnotes.write()
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
