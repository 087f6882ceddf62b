from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "speechwatch.accounts"
    label = "accounts"
    verbose_name = "Accounts"
