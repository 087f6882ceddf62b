"""Background jobs record progress, results and failures whichever runner executes them."""

from __future__ import annotations

import time

import pytest

from speechwatch.core import jobs
from speechwatch.core.models import Job


@jobs.register("test_count")
def _count(job, progress):
    n = int(job.params["n"])
    progress.start(n, "counting")
    for i in range(n):
        progress.step(message=f"item {i}")
    return {"counted": n}


@jobs.register("test_fail")
def _fail(job, progress):
    progress.start(2)
    progress.step()
    raise RuntimeError("the second item is unreadable")


@pytest.mark.django_db
def test_inline_job_records_progress_and_result():
    job = jobs.enqueue("test_count", {"n": 5}, mode="inline")
    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    assert (job.done, job.total, job.percent) == (5, 5, 100)
    assert job.result == {"counted": 5}
    assert job.started_at <= job.finished_at


@pytest.mark.django_db
def test_failure_is_recorded_not_lost():
    job = jobs.enqueue("test_fail", mode="inline")
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert "the second item is unreadable" in job.error
    assert job.done == 1


@pytest.mark.django_db
def test_unknown_kind_fails_clearly():
    job = jobs.enqueue("no_such_kind", mode="inline")
    assert job.status == Job.Status.FAILED
    assert "no handler registered for job kind 'no_such_kind'" in job.error


@pytest.mark.django_db(transaction=True)
def test_thread_runner_finishes_in_background():
    job = jobs.enqueue("test_count", {"n": 3}, mode="thread")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status in (Job.Status.DONE, Job.Status.FAILED):
            break
        time.sleep(0.05)
    assert job.status == Job.Status.DONE
    assert job.result == {"counted": 3}
