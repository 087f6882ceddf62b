from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_search_schema(sender, using="default", **kwargs) -> None:
    """After every migrate: put back search triggers a later table rebuild may have dropped, and index
    incidents that have no search document yet."""
    from django.db import connections

    from speechwatch.web.search_schema import ensure_search_schema

    ensure_search_schema(connections[using])


class WebConfig(AppConfig):
    name = "speechwatch.web"
    label = "web"
    verbose_name = "Web"

    def ready(self) -> None:
        post_migrate.connect(_ensure_search_schema, sender=self, dispatch_uid="speechwatch-web-search-schema")
        from speechwatch.web import search_document

        search_document.connect()  # keep every incident's search document current
