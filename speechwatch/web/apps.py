from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "speechwatch.web"
    label = "web"
    verbose_name = "Web"
