from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "speechwatch.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from speechwatch.accounts import signals  # noqa: F401  (connects the audit receivers)
