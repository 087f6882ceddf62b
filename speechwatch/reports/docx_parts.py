"""Word parts python-docx has no API for: real footnotes and a table-of-contents field.

Footnotes are what editors expect in a briefing (Word numbers them, moves them with the text and
prints them at the foot of the page). A footnotes part is created on first use with the two separator
notes Word requires (ids -1 and 0); each reference gets its own Word footnote, because Word does not
allow two references to one note.
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_SEPARATORS = (
    f'<w:footnote xmlns:w="{W_NS}" w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
    f' w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
    f'<w:footnote xmlns:w="{W_NS}" w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
    f' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
)


# CT_Settings is a strict sequence: these elements follow footnotePr (and so updateFields).
AFTER_FOOTNOTE_PR = (
    "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)


def _insert_setting(settings, child, followers: tuple[str, ...]) -> None:
    """Insert `child` into settings.xml before the first element that must follow it."""
    tags = {qn(f"w:{name}") for name in followers}
    for i, existing in enumerate(settings):
        if existing.tag in tags:
            settings.insert(i, child)
            return
    settings.append(child)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Footnotes:
    """Collects footnotes for one document and writes the footnotes part when saved."""

    def __init__(self, document) -> None:
        self.document = document
        self.notes: list[str] = []

    def reference(self, paragraph, text: str) -> int:
        """Append a footnote reference mark to `paragraph`; the note holds `text`. Returns its id."""
        self.notes.append(text)
        note_id = len(self.notes)
        run = paragraph.add_run()
        r = run._r
        r.append(parse_xml(f'<w:rPr xmlns:w="{W_NS}"><w:vertAlign w:val="superscript"/></w:rPr>'))
        r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{note_id}"/>'))
        return note_id

    def write(self) -> None:
        """Create word/footnotes.xml and relate it to the document (call once, before saving)."""
        if not self.notes:
            return
        body = [
            f'<w:footnote xmlns:w="{W_NS}" w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_escape(text)}</w:t></w:r></w:p>'
            f"</w:footnote>"
            for i, text in enumerate(self.notes, 1)
        ]
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
            + "".join(_SEPARATORS)
            + "".join(body)
            + "</w:footnotes>"
        )
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), self.document.part.package)
        self.document.part.relate_to(part, RT.FOOTNOTES)
        self._declare_separators()

    def _declare_separators(self) -> None:
        """settings.xml lists the separator notes, as Word itself writes it."""
        settings = self.document.settings.element
        if settings.find(qn("w:footnotePr")) is None:
            _insert_setting(settings, parse_xml(
                f'<w:footnotePr xmlns:w="{W_NS}"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            ), AFTER_FOOTNOTE_PR)


def add_toc(document, title: str, levels: str = "1-2") -> None:
    """A table-of-contents field; Word fills it in when the document is opened (fields are updated on
    open because settings.xml asks for it)."""
    document.add_paragraph(title, style="TOC Heading" if "TOC Heading" in _style_names(document) else None)
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    r = run._r
    r.append(parse_xml(f'<w:fldChar xmlns:w="{W_NS}" w:fldCharType="begin" w:dirty="true"/>'))
    run2 = paragraph.add_run()
    run2._r.append(parse_xml(
        f'<w:instrText xmlns:w="{W_NS}" xml:space="preserve"> TOC \\o "{levels}" \\h \\z \\u </w:instrText>'
    ))
    run3 = paragraph.add_run()
    run3._r.append(parse_xml(f'<w:fldChar xmlns:w="{W_NS}" w:fldCharType="separate"/>'))
    paragraph.add_run("…")
    run4 = paragraph.add_run()
    run4._r.append(parse_xml(f'<w:fldChar xmlns:w="{W_NS}" w:fldCharType="end"/>'))
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        _insert_setting(settings, parse_xml(f'<w:updateFields xmlns:w="{W_NS}" w:val="true"/>'),
                        ("hdrShapeDefaults", "footnotePr", *AFTER_FOOTNOTE_PR))


def _style_names(document) -> set[str]:
    return {s.name for s in document.styles}
