"""Report files made at test time: DOCX (python-docx), PDF (WeasyPrint) and the bad inputs of issue 3."""

from __future__ import annotations

import html
import io
import random
from pathlib import Path

from ingest_synthetic import report_text


def write_docx(path: Path, text: str | None = None) -> Path:
    import docx

    document = docx.Document()
    for line in (text or report_text()).splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


def pdf_bytes(text: str | None = None, body: str | None = None) -> bytes:
    from weasyprint import HTML

    if body is None:
        body = "".join(f"<p>{html.escape(line)}</p>" for line in (text or report_text()).splitlines())
    return HTML(string=f"<html><body style='font-family: sans-serif'>{body}</body></html>").write_pdf()


def write_pdf(path: Path, text: str | None = None) -> Path:
    path.write_bytes(pdf_bytes(text))
    return path


def bad_inputs(tmp: Path) -> dict[str, Path]:
    """Each bad input of the issue's 'Bad input' list, keyed by what is wrong with it."""
    from pypdf import PdfReader, PdfWriter

    files: dict[str, Path] = {}
    files["empty"] = tmp / "empty.txt"
    files["empty"].write_bytes(b"")
    files["garbage"] = tmp / "garbage.txt"
    files["garbage"].write_bytes(random.Random(7).randbytes(4096))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="secret-pass", owner_password="owner-pass")
    files["encrypted"] = tmp / "encrypted.pdf"
    with files["encrypted"].open("wb") as fh:
        writer.write(fh)
    files["image_only"] = tmp / "scan.pdf"
    files["image_only"].write_bytes(
        pdf_bytes(body="<div style='width:12cm;height:16cm;background:linear-gradient(#345,#9ab)'></div>")
    )
    whole = write_docx(tmp / "whole.docx").read_bytes()
    (tmp / "whole.docx").unlink()
    files["truncated"] = tmp / "truncated.docx"
    files["truncated"].write_bytes(whole[: len(whole) // 2])
    files["unknown_extension"] = tmp / "notes.odt"
    files["unknown_extension"].write_text("Some notes about a meeting.", encoding="utf-8")
    files["huge"] = tmp / "huge.txt"
    with files["huge"].open("wb") as fh:  # 50 MB, sparse: costs no disk and is refused before reading
        fh.truncate(50 * 1024 * 1024)
    files["language"] = tmp / "bericht.txt"
    files["language"].write_text(
        "Bericht über die Lage der Pressefreiheit im September. Die Polizei hat einen Reporter in der Stadt "
        "festgehalten, als er eine Kundgebung filmte. Das Gericht hat die Klage eines Unternehmers gegen die "
        "Zeitung angenommen und wird im nächsten Monat darüber verhandeln. Die Behörden haben auf mehrere "
        "Anfragen von Journalisten nicht geantwortet und keine Gründe dafür genannt.\n" * 4,
        encoding="utf-8",
    )
    return files
