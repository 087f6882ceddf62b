from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "speechwatch.reports"
    label = "reports"
    verbose_name = "Reports"
