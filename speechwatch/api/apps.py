from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "speechwatch.api"
    label = "api"
    verbose_name = "API"

    def ready(self) -> None:
        from speechwatch.api import schema  # noqa: F401  (registers the authentication extensions)
