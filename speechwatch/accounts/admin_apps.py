"""The admin's AppConfig, kept apart from accounts/apps.py: Django picks an app's config by looking at
the AppConfig classes in its apps module, and this module must not import models at settings time."""

from django.contrib.admin.apps import AdminConfig


class SpeechwatchAdminConfig(AdminConfig):
    default_site = "speechwatch.accounts.admin_site.SpeechwatchAdminSite"
