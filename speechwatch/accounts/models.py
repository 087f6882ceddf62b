"""Users and their role. Roles are a field, not groups, because the permission matrix is fixed by the
methodology (admin, editor, monitor, viewer) and every check in the code branches on it."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    EDITOR = "editor", _("Editor")
    MONITOR = "monitor", _("Monitor")
    VIEWER = "viewer", _("Viewer")


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.VIEWER)
    preferred_language = models.CharField(_("preferred language"), max_length=8, blank=True, default="")

    @property
    def is_admin_role(self) -> bool:
        return self.is_superuser or self.role == Role.ADMIN

    @property
    def is_editor_or_admin(self) -> bool:
        return self.is_admin_role or self.role == Role.EDITOR

    @property
    def can_see_confidential(self) -> bool:
        """Admins and editors read every confidential record; a monitor only those on incidents they
        created (see speechwatch.core.permissions); viewers and anonymous visitors never."""
        return self.is_active and self.is_editor_or_admin
