from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "speechwatch.incidents"
    label = "incidents"
    verbose_name = "Incidents"

    def ready(self) -> None:
        from speechwatch.incidents.models.translations import connect_source_lang_guess

        connect_source_lang_guess()
