"""`speechwatch ingest`: real files through the real pipeline, bad files named, exit status, jobs."""

from __future__ import annotations

import re
import shutil
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from ingest_files import bad_inputs, write_docx, write_pdf
from ingest_synthetic import REPORT, extraction, report_text

from speechwatch.core.models import Job
from speechwatch.incidents.models import Incident, PublishedFigure, SourceDocument
from speechwatch.ingest.models import IngestItem


def ingest(*args: str, progress: bool = False) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    flags = [] if progress else ["--no-progress"]
    try:
        call_command("ingest", *map(str, args), *flags, stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        code = exc.returncode
        err.write(f"{exc}\n")
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "monthly-2023-09-en.txt"
    shutil.copy(REPORT, path)
    return path


@pytest.mark.django_db
def test_text_report_is_stored_through_the_real_pipeline(good):
    code, out, err = ingest(good)
    assert code == 0, err
    assert f"imported: {good}" in out
    doc = SourceDocument.objects.get()
    assert (doc.filename, doc.format, doc.language) == (good.name, "txt", "en")
    assert "Dariga Omarbekova" in doc.text
    assert doc.extraction["schema"] == "speechwatch.extract/1"
    for fig in PublishedFigure.objects.all():  # whatever the pipeline found is tied to its words
        assert fig.wording == doc.text[fig.span_start : fig.span_end]
    for incident in Incident.objects.all():
        assert incident.status == "draft" and incident.narrative == doc.text[incident.span_start : incident.span_end]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_docx_and_pdf_reports_are_stored(tmp_path, kind):
    path = write_docx(tmp_path / "report.docx") if kind == "docx" else write_pdf(tmp_path / "report.pdf")
    code, _out, err = ingest(path)
    assert code == 0, err
    doc = SourceDocument.objects.get()
    assert (doc.format, doc.language, doc.filename) == (kind, "en", path.name)
    assert "Irtysh Courier" in doc.text and "South Wave TV" in doc.text


@pytest.mark.django_db
def test_reimport_reports_unchanged_and_adds_nothing(good):
    assert ingest(good)[0] == 0
    counts = (SourceDocument.objects.count(), PublishedFigure.objects.count(), Incident.objects.count())
    code, out, _ = ingest(good)
    assert code == 0 and f"unchanged: {good}" in out
    assert (SourceDocument.objects.count(), PublishedFigure.objects.count(), Incident.objects.count()) == counts


@pytest.mark.django_db
def test_every_bad_input_is_named_and_the_rest_still_imported(tmp_path, good):
    bad = bad_inputs(tmp_path)
    pdf = write_pdf(tmp_path / "september.pdf")
    code, out, err = ingest(tmp_path, bad["unknown_extension"])
    assert code == 1
    assert f"imported: {good}" in out and f"imported: {pdf}" in out
    assert SourceDocument.objects.count() == 2
    lines = [line for line in err.splitlines() if line.startswith("error: ")]
    for what, path in bad.items():
        mine = [line for line in lines if line.startswith(f"error: {path}: ")]
        assert len(mine) == 1, f"{what}: expected one error line naming {path}, got {lines}"
    expected = {
        "empty": "SW-E001",
        "garbage": "SW-E008",
        "encrypted": "SW-E005",
        "image_only": "SW-E004",
        "truncated": "SW-E003",
        "unknown_extension": "SW-E002",
        "huge": "MB",
        "language": "SW-E007",
    }
    for what, marker in expected.items():
        line = next(line for line in lines if line.startswith(f"error: {bad[what]}: "))
        assert marker in line, f"{what}: {line}"
    assert f"{len(bad)} of {len(bad) + 2} files failed" in err


@pytest.mark.django_db
def test_corrupt_empty_and_good_batch(tmp_path, good):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    code, out, err = ingest(tmp_path)
    assert code == 1
    assert f"error: {tmp_path / 'empty.txt'}: SW-E001" in err
    assert f"error: {tmp_path / 'broken.docx'}: SW-E003" in err
    assert f"imported: {good}" in out
    assert SourceDocument.objects.get().filename == good.name


@pytest.mark.django_db
def test_job_records_progress_and_one_item_per_file(tmp_path, good):
    (tmp_path / "empty.txt").write_bytes(b"")
    write_docx(tmp_path / "copy.docx")
    ingest(tmp_path)
    job = Job.objects.get(kind="ingest")
    assert job.status == Job.Status.DONE
    assert (job.done, job.total) == (3, 3)
    counts = {k: job.result[k] for k in ("files", "imported", "unchanged", "refreshed", "failed")}
    assert counts == {"files": 3, "imported": 2, "unchanged": 0, "refreshed": 0, "failed": 1}
    assert job.result["figures"] == PublishedFigure.objects.count()
    assert job.result["incidents"] == Incident.objects.count()
    items = {i.filename: i for i in IngestItem.objects.filter(job=job)}
    assert set(items) == {"copy.docx", "empty.txt", good.name}
    assert items["empty.txt"].status == "failed" and "SW-E001" in items["empty.txt"].error
    assert items[good.name].document.filename == good.name


@pytest.mark.django_db
def test_progress_bar_is_drawn_on_stderr(tmp_path, good, capfd):
    write_docx(tmp_path / "copy.docx")
    ingest(tmp_path, progress=True)
    captured = capfd.readouterr()
    assert "2/2" in captured.err and "failed: 0" in captured.err


@pytest.mark.django_db
def test_synthetic_extraction_through_the_command(monkeypatch, good):
    """The command stores everything the pipeline states (pinned with a hand-made extraction)."""
    from ingest_synthetic import FakeResult

    monkeypatch.setattr(
        "speechwatch.ingest.services.extract",
        lambda path, lang=None: FakeResult(extraction(report_text()), report_text()),
    )
    code, out, _ = ingest(good)
    assert code == 0 and "9 figures, 4 draft incidents" in out


@pytest.mark.django_db
def test_background_without_a_broker_is_a_usage_error(good, settings):
    settings.CELERY_BROKER_URL = ""
    code, _, err = ingest("--background", good)
    assert code == 2 and "needs a Celery broker" in err


@pytest.mark.django_db
def test_forced_language(good):
    code, _, _ = ingest("--lang", "kk", good)
    assert code == 0 and SourceDocument.objects.get().language == "kk"


@pytest.mark.django_db
def test_missing_path_is_an_error_not_a_crash(tmp_path, good):
    code, out, err = ingest(tmp_path / "nope.txt", good)
    assert code == 1 and f"error: {tmp_path / 'nope.txt'}: no such file" in err and "imported" in out


def test_corpus_smoke(shared_dir, db):
    """Every dev corpus report ingests without a crash; documents and figures are stored."""
    files = sorted((shared_dir / "corpus" / "dev").glob("*.txt"))
    started = time.perf_counter()
    code, out, err = ingest(*files)
    seconds = time.perf_counter() - started
    assert code == 0, err
    assert SourceDocument.objects.count() == len(files)
    assert out.count("imported: ") == len(files)
    print(
        f"ingested {len(files)} corpus files in {seconds:.1f}s: {PublishedFigure.objects.count()} figures, "
        f"{Incident.objects.count()} draft incidents"
    )
    assert PublishedFigure.objects.exists() and Incident.objects.exists()
    for doc in SourceDocument.objects.all():  # everything the pipeline stated is stored, or a warning says why not
        # the store's own warnings ("figure 3: …", "figure 3 (measure): …"), not the pipeline's
        figure_warnings = sum(bool(re.match(r"figure \d+[ :]", w)) for w in doc.warnings)
        skipped = sum(
            w.startswith("incident ") and (": skipped (" in w or w.endswith("kept as narrative")) for w in doc.warnings
        )
        assert doc.figures.count() + figure_warnings == len(doc.extraction["statistics"]), doc.filename
        assert doc.incidents.count() + skipped == len(doc.extraction["incidents"]), doc.filename
    for fig in PublishedFigure.objects.select_related("source_document")[:2000]:
        if fig.span_start is not None:
            assert fig.wording == fig.source_document.text[fig.span_start : fig.span_end]


@pytest.mark.django_db
def test_refresh_from_the_command_line(monkeypatch, good):
    from ingest_synthetic import fake_extract

    monkeypatch.setattr("speechwatch.ingest.services.extract", fake_extract)
    ingest(good)
    code, out, _ = ingest("--refresh", good)
    assert code == 0 and f"refreshed: {good}: 9 figures, 4 new draft incidents" in out
    assert (Incident.objects.count(), PublishedFigure.objects.count()) == (4, 9)
    assert IngestItem.objects.order_by("-id").first().status == "refreshed"


@pytest.mark.django_db
def test_drafts_belong_to_the_named_user_who_must_be_allowed_to_create(users, good):
    code, _, err = ingest("--user", "viewer", good)
    assert code == 2 and "may not create incidents" in err and not SourceDocument.objects.exists()
    assert ingest("--user", "monitor", good)[0] == 0
    assert set(Incident.objects.values_list("created_by__username", flat=True)) <= {"monitor"}


@pytest.mark.django_db
def test_same_text_with_other_line_endings_is_the_same_document(tmp_path, good):
    crlf = tmp_path / "copy-crlf.txt"
    crlf.write_bytes(good.read_bytes().replace(b"\n", b"\r\n"))
    code, out, _ = ingest(good, crlf)
    assert code == 0 and f"imported: {good}" in out and f"unchanged: {crlf}" in out
    assert SourceDocument.objects.count() == 1


@pytest.mark.django_db
def test_a_batch_of_hundreds_of_files_is_one_job_with_exact_progress(tmp_path, monkeypatch):
    """Hundreds of files: one job, one item per file, done == total, one bad file costs only itself."""
    import hashlib

    from ingest_synthetic import FakeResult

    def tiny(path, language=None):
        text = path.read_text(encoding="utf-8")
        if "broken" in text:
            raise RuntimeError("reader crashed")
        data = {
            "schema": "speechwatch.extract/1",
            "source": {"path": str(path), "sha256": hashlib.sha256(text.encode()).hexdigest(), "format": "txt",
                       "language": "en"},
            "report": {"kind": "monthly", "period": {"start": "2022-03-01", "end": "2022-03-31"}},
            "statistics": [{"measure": "reports.total", "scope": "period", "value": len(text), "span": [0, 4]}],
            "incidents": [],
            "warnings": [],
        }  # fmt: skip
        return FakeResult(data, text)

    monkeypatch.setattr("speechwatch.ingest.services.extract", tiny)
    for n in range(300):
        (tmp_path / f"r{n:03}.txt").write_text(f"Report number {n}" + (" broken" if n == 150 else ""))
    code, _out, err = ingest(tmp_path)
    job = Job.objects.get()
    assert code == 1 and (job.status, job.done, job.total) == ("done", 300, 300)
    assert IngestItem.objects.filter(job=job).count() == 300
    assert "internal error (RuntimeError: reader crashed)" in err and f"error: {tmp_path / 'r150.txt'}" in err
    assert SourceDocument.objects.count() == PublishedFigure.objects.count() == 299
