from celery import shared_task


@shared_task(name="speechwatch.run_job")
def run_job_task(job_id: int) -> str:
    from speechwatch.core.jobs import run_job

    return run_job(job_id).status
