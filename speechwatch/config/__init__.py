"""Loading the Celery app here makes `shared_task.delay()` use speechwatch's broker settings in every
Django process (web, CLI, worker)."""

from speechwatch.config.celery import app as celery_app

__all__ = ["celery_app"]
