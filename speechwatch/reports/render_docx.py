"""DOCX through python-docx, for editors who finish reports in Word.

Real heading styles (so Word's navigation pane and table of contents work), figure tables in the
"Table Grid" style, real Word footnotes (docx_parts), a table of contents in the annual report, and
charts as vector graphics: each chart is inserted as a PNG picture whose blip carries the Office 2016
`asvg:svgBlip` extension pointing at the SVG part. Word 2016+ and LibreOffice draw the SVG; older
readers fall back to the PNG.
"""

from __future__ import annotations

import io
import logging
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


# Named paragraph styles editors restyle in Word (Home → Styles → Modify) instead of formatting each
# paragraph: one change reformats every incident title, note or commentary of the report.
STYLES = {
    "Report Organisation": dict(size=9, color=(0x55, 0x55, 0x55), caps=True),
    "Report Caveat": dict(size=10.5, bold=True, color=(0xA2, 0x3B, 0x3B)),
    "Report Note": dict(size=9.5, italic=True),
    "Report Lead": dict(size=10.5, italic=True),
    "Report Commentary": dict(size=10.5, italic=True, indent=0.8),
    "Incident Title": dict(size=10.5, bold=True, color=(0x1F, 0x3F, 0x5B), keep=True),
    "Incident Meta": dict(size=9, italic=True),
    "Incident Text": dict(size=10.5),
}
PARAGRAPH_STYLES = {"note": "Report Note", "lead": "Report Lead", "quote": "Report Commentary"}


def add_styles(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    for name, spec in STYLES.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.quick_style = True
        font = style.font
        font.size = Pt(spec["size"])
        font.bold = spec.get("bold")
        font.italic = spec.get("italic")
        font.all_caps = spec.get("caps")
        if "color" in spec:
            font.color.rgb = RGBColor(*spec["color"])
        if spec.get("indent"):
            style.paragraph_format.left_indent = Cm(spec["indent"])
        if spec.get("keep"):
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(6)


def _incidents(document, block: d.IncidentList) -> None:
    for e in block.entries:
        if e.untranslated:
            continue  # preview-only entries never reach a file
        if e.marker:
            document.add_paragraph(e.marker, style="Incident Meta")
        p = document.add_paragraph(style="Incident Title")
        if e.title:
            p.add_run(e.title)
        if e.follow_up:
            tag = p.add_run(f" ({block.follow_up_label})")
            tag.italic = True
        _refs(p, e.footnotes)
        meta = " · ".join(x for x in (e.date, e.place) if x)
        if meta:
            document.add_paragraph(meta, style="Incident Meta")
        if e.summary:
            document.add_paragraph(e.summary, style="Incident Text")
        for line in (e.narrative or "").split("\n"):
            if line.strip():
                document.add_paragraph(line.strip(), style="Incident Text")


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
            p = document.add_paragraph(style=PARAGRAPH_STYLES.get(b.style, "Normal"))
            p.add_run(b.text)
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
    add_styles(document)
    if doc.logo:
        try:
            document.add_picture(doc.logo, height=Cm(2))
        except (OSError, ValueError, KeyError, ZeroDivisionError) as exc:  # unreadable image: report without it
            logging.getLogger(__name__).warning("logo %s left out: %s", doc.logo, exc)
    if doc.organisation:
        document.add_paragraph(doc.organisation, style="Report Organisation")
    document.add_heading(doc.title, level=0)
    if doc.published:
        document.add_paragraph(f"{doc.labels.get('published', 'Published')}: {doc.published}")
    if doc.subtitle:
        document.add_paragraph(doc.subtitle, style="Report Lead")
    if doc.caveat:
        document.add_paragraph(doc.caveat, style="Report Caveat")
    if doc.basis:
        document.add_paragraph(doc.basis, style="Report Note")
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
