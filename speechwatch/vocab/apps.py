from django.apps import AppConfig


class VocabConfig(AppConfig):
    name = "speechwatch.vocab"
    label = "vocab"
    verbose_name = "Vocabularies"
