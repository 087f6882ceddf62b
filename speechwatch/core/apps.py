from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "speechwatch.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from speechwatch.core import checks  # noqa: F401  (registers the deployment checks)
