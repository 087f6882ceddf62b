from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "speechwatch.stats"
    label = "stats"
    verbose_name = "Statistics and reports"
