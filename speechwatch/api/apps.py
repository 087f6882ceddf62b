from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "speechwatch.api"
    label = "api"
    verbose_name = "API"
