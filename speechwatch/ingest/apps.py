from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "speechwatch.ingest"
    label = "ingest"
    verbose_name = "Ingest"
