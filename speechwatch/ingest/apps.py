from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "speechwatch.ingest"
    label = "ingest"
    verbose_name = "Ingest"

    def ready(self) -> None:
        # Load the project's Celery app so that `run_job_task.delay()` (a shared task) sends to the
        # broker in SPEECHWATCH_BROKER_URL. Without this, a Django process that never imported
        # speechwatch.config.celery would use Celery's unconfigured default app (amqp://localhost) and
        # hang retrying; ingest jobs from the CLI and the web upload go through Celery when a broker is set.
        import speechwatch.config.celery  # noqa: F401
