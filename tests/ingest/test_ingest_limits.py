"""Hostile uploads are read in a limited parse worker: a zip bomb, a 20,000-page PDF, a runaway parser
and memory hog cost that worker, with a coded error on the file's item, never the web process."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hostile_files import hog_memory, many_pages_pdf, sleep, spin, zip_bomb_docx
from ingest_files import write_docx
from ingest_synthetic import report_text

from speechwatch.core.models import Job
from speechwatch.extraction.errors import (
    DecompressedTooLarge,
    ParseMemoryLimit,
    ParseTimeLimit,
    TooManyPages,
)
from speechwatch.extraction.limits import ParseLimits, check_pages, check_zip
from speechwatch.incidents.models import SourceDocument
from speechwatch.ingest import sandbox, views
from speechwatch.ingest.models import IngestItem


def rss_mb() -> float:
    """This process's resident memory now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    pytest.skip("no /proc/self/status on this system")
    return 0.0


@pytest.fixture
def uploads(monkeypatch, settings, tmp_path, users):
    """Uploads run their job inline (in the request), with the real extraction in the parse worker."""
    monkeypatch.setattr(views, "UPLOAD_JOB_MODE", "inline")
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return users


def upload(client, user, path: Path) -> tuple[Job, IngestItem, float]:
    client.force_login(user)
    started = time.perf_counter()
    with path.open("rb") as handle:
        response = client.post(reverse("ingest:upload"), {"files": [handle]})
    seconds = time.perf_counter() - started
    job = Job.objects.filter(kind="ingest").latest("pk")
    assert response.status_code == 302 and response["Location"] == reverse("ingest:job", args=[job.pk])
    return job, IngestItem.objects.get(job=job), seconds


@pytest.mark.django_db
def test_docx_zip_bomb_is_refused_quickly_without_touching_this_process(client, uploads, tmp_path):
    bomb = zip_bomb_docx(tmp_path / "bomb.docx")  # 1 GB of XML in about 1 MB
    assert bomb.stat().st_size < 2 * 1024 * 1024
    sandbox.extract_file(write_docx(tmp_path / "warm.docx"))  # start the parse worker's server first
    before = rss_mb()
    job, item, seconds = upload(client, uploads["monitor"], bomb)
    grew = rss_mb() - before
    assert job.status == "done" and item.status == "failed"
    assert item.error.startswith("SW-E009"), item.error
    assert "1,024 MB" in item.error and "SPEECHWATCH_PARSE_MAX_UNZIPPED_MB" in item.error
    assert seconds < 120, seconds  # refused up front, far below a full parse, even on a loaded machine
    assert grew < 50, f"this process grew by {grew:.0f} MB"
    assert not SourceDocument.objects.exists()
    page = client.get(reverse("ingest:job", args=[job.pk])).content.decode()
    assert "SW-E009" in page


@pytest.mark.django_db
def test_pdf_with_20000_pages_is_refused_by_the_page_cap(client, uploads, tmp_path):
    pdf = many_pages_pdf(tmp_path / "pages.pdf", 20_000)
    _job, item, seconds = upload(client, uploads["monitor"], pdf)
    assert item.status == "failed" and item.error.startswith("SW-E010"), item.error
    assert "20,000 pages" in item.error and "2,000" in item.error
    assert seconds < 120, seconds  # refused by the page count, not after parsing 20,000 pages


@pytest.mark.django_db
def test_a_normal_report_still_ingests_through_the_worker(client, uploads, tmp_path):
    _job, item, _ = upload(client, uploads["monitor"], write_docx(tmp_path / "september.docx"))
    assert item.status == "imported", item.error
    assert item.figures > 0 and item.incidents > 0
    assert SourceDocument.objects.get().filename == "september.docx"


@pytest.mark.django_db
def test_a_user_may_have_only_so_many_jobs_at_once(client, uploads, monkeypatch):
    monkeypatch.setenv("SPEECHWATCH_MAX_JOBS_PER_USER", "2")
    monitor = uploads["monitor"]
    for status in ("queued", "running"):
        Job.objects.create(kind="ingest", created_by=monitor, status=status)
    Job.objects.create(kind="ingest", created_by=monitor, status="done")
    Job.objects.create(kind="ingest", created_by=uploads["editor"], status="running")  # someone else's
    client.force_login(monitor)
    response = client.post(
        reverse("ingest:upload"), {"files": [SimpleUploadedFile("september.txt", report_text().encode())]}
    )
    assert response.status_code == 429
    assert "You already have 2 ingest jobs waiting or running" in response.content.decode()
    assert Job.objects.filter(created_by=monitor).count() == 3
    client.force_login(uploads["editor"])  # one running job: below the cap
    response = client.post(
        reverse("ingest:upload"), {"files": [SimpleUploadedFile("september.txt", report_text().encode())]}
    )
    assert response.status_code == 302


# --- the worker's limits, without the web ------------------------------------------------------------


def test_checks_read_only_the_directory(tmp_path):
    bomb = zip_bomb_docx(tmp_path / "bomb.docx", unzipped_mb=60)
    with pytest.raises(DecompressedTooLarge, match="SW-E009"):
        check_zip(str(bomb), "bomb.docx", ParseLimits())
    check_zip(str(bomb), "bomb.docx", ParseLimits(unzipped_mb=100, zip_ratio=2000))
    with pytest.raises(DecompressedTooLarge, match=r"compressed 1,0[0-9]{2} times"):
        check_zip(str(bomb), "bomb.docx", ParseLimits(unzipped_mb=100))
    check_zip(str(write_docx(tmp_path / "fine.docx")), "fine.docx", ParseLimits())
    check_pages(2000, "a.pdf", ParseLimits())
    with pytest.raises(TooManyPages, match="SW-E010"):
        check_pages(2001, "a.pdf", ParseLimits())


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("SPEECHWATCH_PARSE_MAX_MB", "512")
    monkeypatch.setenv("SPEECHWATCH_PARSE_MAX_PAGES", "30")
    monkeypatch.setenv("SPEECHWATCH_PARSE_CPU_SECONDS", "nonsense")
    limits = ParseLimits.from_env()
    assert (limits.memory_mb, limits.max_pages, limits.cpu_seconds) == (512, 30, 120)


@pytest.mark.parametrize(
    ("runaway", "limits", "error", "words"),
    [
        (hog_memory, ParseLimits(memory_mb=256), ParseMemoryLimit, "256 MB memory limit"),
        (spin, ParseLimits(cpu_seconds=1, wall_seconds=30), ParseTimeLimit, "over 1 s of CPU"),
        (sleep, ParseLimits(wall_seconds=1), ParseTimeLimit, "over 1 s and was stopped"),
    ],
)
def test_runaway_parsers_are_stopped_by_the_worker_limits(monkeypatch, tmp_path, runaway, limits, error, words):
    # the forkserver's children run the module's `extract_here`; point it at the runaway one (by name,
    # so the child imports it from this test module)
    monkeypatch.setattr(sandbox, "_child_target", f"{runaway.__module__}:{runaway.__name__}")
    path = tmp_path / "report.txt"
    path.write_text(report_text())
    before = rss_mb()
    started = time.perf_counter()
    with pytest.raises(error, match=words):
        sandbox.extract_file(path, limits=limits)
    assert time.perf_counter() - started < 15
    assert rss_mb() - before < 50
