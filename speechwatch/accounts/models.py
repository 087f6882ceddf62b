"""Users and their role, API tokens and the account audit trail.

Roles are a field, not groups, because the permission matrix is fixed by the methodology (admin,
editor, monitor, viewer) and every check in the code branches on it.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
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


TOKEN_PREFIX = "sw_"  # noqa: S105 (a marker that makes leaked keys greppable, not a secret)


def hash_token(raw: str) -> str:
    """SHA-256 of the raw token. Tokens are 256 random bits, so a fast hash is enough (no dictionary
    to guess from) and a lookup by hash stays one indexed query per API call."""
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for API clients. Only the hash is stored: the raw value is shown once, when it
    is created, so a leaked database does not leak working credentials."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("starts with"), max_length=12, editable=False)
    created = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    last_used = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    expires = models.DateTimeField(_("expires"), null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def generate() -> str:
        return TOKEN_PREFIX + secrets.token_urlsafe(32)

    @property
    def is_expired(self) -> bool:
        return self.expires is not None and self.expires <= timezone.now()


class EventKind(models.TextChoices):
    LOGIN = "login", _("signed in")
    LOGIN_FAILED = "login_failed", _("failed sign-in")
    LOGOUT = "logout", _("signed out")
    OTP_ADDED = "otp_added", _("authenticator added")
    OTP_REMOVED = "otp_removed", _("authenticator removed")
    TOKEN_CREATED = "token_created", _("API token created")
    TOKEN_REVOKED = "token_revoked", _("API token revoked")
    PERMISSIONS = "permissions", _("permissions changed")


class AccountEvent(models.Model):
    """One security-relevant thing that happened to an account, with who did it, when and from where.
    `username` is kept as text so failed sign-ins for unknown names and deleted users stay readable."""

    created = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    kind = models.CharField(_("event"), max_length=20, choices=EventKind.choices, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="account_events",
        verbose_name=_("account"),
    )  # fmt: skip
    username = models.CharField(_("username"), max_length=150, blank=True, default="")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("done by"),
    )  # fmt: skip
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        verbose_name = _("account event")
        verbose_name_plural = _("account events")

    def __str__(self) -> str:
        return f"{self.created:%Y-%m-%d %H:%M} {self.kind} {self.username}"
