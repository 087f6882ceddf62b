"""Readers: every format to the same normalised text, and every bad input to one coded error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from speechwatch.extraction import errors
from speechwatch.extraction.language import detect_language
from speechwatch.extraction.readers import normalise_text, read_path

EN = ("Freedom of expression in the republic, March 2031\n"
      "The fund presents an overview of the events of the month. In March 2031, the monitors recorded "
      "12 reports of violations of the rights of journalists and 4 claims against the media.\n")
RU = ("В марте 2031 г. мониторинг фонда зафиксировал 12 сообщений о нарушениях прав журналистов. "
      "Из них 4 касаются исков против СМИ, и это больше, чем в феврале. Редакция газеты получила отказ "
      "в информации от акимата по запросу о бюджете.\n")
KK = ("2031 жылғы наурызда қордың мониторингі журналистердің құқықтарын бұзу туралы 12 хабарлама тіркеді. "
      "Олардың төртеуі бұқаралық ақпарат құралдарына қарсы талаптарға қатысты. Әкімдік ақпарат беруден бас тартты.\n")


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def test_plain_text_utf8(tmp_path: Path) -> None:
    doc = read_path(_write(tmp_path, "a.txt", EN.replace("\n", "\r\n")))
    assert doc.format == "txt" and doc.language == "en"
    assert "\r" not in doc.text and doc.text.startswith("Freedom of expression")
    assert len(doc.sha256) == 64


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-8-sig"])
def test_russian_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    doc = read_path(_write(tmp_path, "ru.txt", RU.encode(encoding)))
    assert doc.language == "ru"
    assert "зафиксировал 12 сообщений" in doc.text


def test_kazakh_detected_by_its_letters(tmp_path: Path) -> None:
    assert read_path(_write(tmp_path, "kk.txt", KK)).language == "kk"


def test_english_body_under_trilingual_header() -> None:
    header = "Қазақстандағы сөз бостандығы | Свобода слова в Казахстане | Freedom of speech\n"
    assert detect_language(header + EN * 3) == "en"


def test_html_with_literal_escapes_entities_and_debris(tmp_path: Path) -> None:
    page = ('<html><head><title>Overview March 2031</title><script>var x=1;</script></head><body>'
            '<h1>Overview\u00a0March 2031</h1>\\r\\n<p>In March 2031, the monitors recorded&nbsp;12 reports '
            'of violations of the rights of journalists.</p>\\r\\n<ul><li>3 attacks</li><li>9 claims</li></ul>'
            '<style>p{color:red}</style><p>The fund &laquo;Free Word&raquo; <span>thanks</span> the readers '
            'of the report for their letters.</p></body></html>')
    doc = read_path(_write(tmp_path, "p.html", page))
    assert doc.format == "html" and doc.language == "en"
    lines = doc.text.split("\n")
    assert lines[0] == "Overview March 2031"
    assert "In March 2031, the monitors recorded 12 reports of violations of the rights of journalists." in lines
    assert "3 attacks" in lines and "9 claims" in lines
    assert "var x" not in doc.text and "color:red" not in doc.text and "\\r" not in doc.text
    assert "«Free Word» thanks" in doc.text


def test_normalise_keeps_offsets_of_plain_text() -> None:
    raw = "  Lead line\u00a0with spaces  \n\n\n\nSecond line\r\nthird"
    assert normalise_text(raw) == "  Lead line with spaces  \n\n\n\nSecond line\nthird"


def test_normalise_is_idempotent_and_cleans_plain_text_debris() -> None:
    raw = "Line one\\r\\nLine&nbsp;two <b>bold</b>\u00a0end\u200b\r\n\r\n\r\n\r\nlast"
    once = normalise_text(raw)
    assert once == "Line one\nLine two bold end\n\n\n\nlast"
    assert normalise_text(once) == once


def test_docx(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in RU.split(". "):
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Иски"
    table.cell(0, 1).text = "4"
    buf = io.BytesIO()
    d.save(buf)
    doc = read_path(_write(tmp_path, "r.docx", buf.getvalue()))
    assert doc.format == "docx" and doc.language == "ru"
    assert "зафиксировал 12 сообщений" in doc.text and "Иски | 4" in doc.text


def _pdf_bytes(*, text: bool = True, password: str | None = None) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    if text:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                 NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
        lines = [line for line in EN.split(". ") if line]
        ops = "BT /F1 10 Tf 40 740 Td 14 TL " + " ".join(
            f"({line.strip()}) Tj T*" for line in lines) + " ET"
        stream = DecodedStreamObject()
        stream.set_data(ops.encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(password)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    doc = read_path(_write(tmp_path, "r.pdf", _pdf_bytes()))
    assert doc.format == "pdf" and doc.language == "en"
    assert "12 reports of violations" in doc.text


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.txt", b"", errors.EmptyDocument),
        ("blank.txt", b"  \n\n \n", errors.EmptyDocument),
        ("garbage.txt", bytes(range(256)) * 40, errors.BinaryGarbage),
        ("image.pdf", _pdf_bytes(text=False), errors.NoTextLayer),
        ("locked.pdf", _pdf_bytes(password="secret"), errors.EncryptedDocument),
        ("broken.pdf", _pdf_bytes()[:200], errors.CorruptDocument),
        ("fake.pdf", b"hello, I am not a pdf", errors.CorruptDocument),
        ("report.xyz", b"some text", errors.UnsupportedFormat),
        ("noext", b"some text", errors.UnsupportedFormat),
        ("ole.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, errors.EncryptedDocument),
        ("de.txt", ("Die Pressefreiheit in der Republik wurde im März durch die Behörden eingeschränkt, "
                    "und die Journalisten haben keine Antworten auf ihre Anfragen bekommen.").encode(),
         errors.UnsupportedLanguage),
        ("zh.txt", "新闻自由监测报告。本月记录了十二起侵犯记者权利的事件，以及四起针对媒体的诉讼。".encode(),
         errors.UnsupportedLanguage),
    ],
)
def test_bad_input_raises_coded_one_line_error(tmp_path: Path, name: str, data: bytes, error: type) -> None:
    with pytest.raises(error) as info:
        read_path(_write(tmp_path, name, data))
    message = str(info.value)
    assert message.startswith(error.code) and "\n" not in message and name in message


def test_truncated_docx(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph(EN)
    buf = io.BytesIO()
    d.save(buf)
    with pytest.raises(errors.CorruptDocument, match="truncated"):
        read_path(_write(tmp_path, "cut.docx", buf.getvalue()[: len(buf.getvalue()) // 2]))


def test_too_large_fails_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse 50 MB file: nothing is written, nothing must be read
        fh.seek(50 * 1024 * 1024 - 1)
        fh.write(b"\0")
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(errors.DocumentTooLarge, match=r"50\.0 MB"):
        read_path(big)
    monkeypatch.setenv("SPEECHWATCH_EXTRACT_MAX_MB", "0.001")
    small = _write(tmp_path, "small.txt", EN * 20)
    with pytest.raises(errors.DocumentTooLarge):
        read_path(small)
