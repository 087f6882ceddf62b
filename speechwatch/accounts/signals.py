"""Audit receivers: sign-ins, failed sign-ins, sign-outs, authenticator changes and permission
changes on users, wherever they happen (our views, the admin, management commands, the shell)."""

from __future__ import annotations

import time
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django_otp.plugins.otp_totp.models import TOTPDevice

from speechwatch.accounts.audit import record
from speechwatch.accounts.middleware import LAST_SEEN_KEY, SIGNED_IN_KEY
from speechwatch.accounts.models import EventKind, User

PERMISSION_FIELDS = ("role", "is_active", "is_staff", "is_superuser")


@receiver(user_logged_in)
def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN_KEY] = request.session[SIGNED_IN_KEY] = int(time.time())
    record(EventKind.LOGIN, user=user, actor=user, request=request)


@receiver(user_logged_out)
def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record(EventKind.LOGOUT, user=user, actor=user, request=request)


@receiver(user_login_failed)
def _login_failed(sender: Any, credentials: dict, request: Any = None, **kwargs: Any) -> None:
    username = str(credentials.get("username") or "")
    user = get_user_model().objects.filter(username=username).first() if username else None
    locked = bool(getattr(request, "axes_locked_out", False))
    record(EventKind.LOGIN_FAILED, user=user, username=username, request=request, locked_out=locked)


@receiver(pre_save, sender=TOTPDevice)
def _device_before(sender: Any, instance: TOTPDevice, **kwargs: Any) -> None:
    old = TOTPDevice.objects.filter(pk=instance.pk).values_list("confirmed", flat=True).first() if instance.pk else None
    instance._sw_was_confirmed = bool(old)


@receiver(post_save, sender=TOTPDevice)
def _device_saved(sender: Any, instance: TOTPDevice, **kwargs: Any) -> None:
    if instance.confirmed and not getattr(instance, "_sw_was_confirmed", False):
        record(EventKind.OTP_ADDED, user=instance.user, device=instance.name)


@receiver(post_delete, sender=TOTPDevice)
def _device_deleted(sender: Any, instance: TOTPDevice, **kwargs: Any) -> None:
    if instance.confirmed:
        user = User.objects.filter(pk=instance.user_id).first()
        record(EventKind.OTP_REMOVED, user=user, device=instance.name)


@receiver(pre_save, sender=User)
def _user_before(sender: Any, instance: User, **kwargs: Any) -> None:
    old = User.objects.filter(pk=instance.pk).values(*PERMISSION_FIELDS).first() if instance.pk else None
    instance._sw_old_permissions = old


@receiver(post_save, sender=User)
def _user_saved(sender: Any, instance: User, created: bool, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loaddata / import: the rows are restored, not changed by anyone
        return
    old = getattr(instance, "_sw_old_permissions", None)
    if created or old is None:
        values = {f: getattr(instance, f) for f in PERMISSION_FIELDS}
        record(EventKind.PERMISSIONS, user=instance, created=True, **values)
        return
    changes = {f: [old[f], getattr(instance, f)] for f in PERMISSION_FIELDS if old[f] != getattr(instance, f)}
    if changes:
        record(EventKind.PERMISSIONS, user=instance, **changes)


def _m2m_changed(field: str) -> Any:
    def receiver_(sender: Any, instance: Any, action: str, reverse: bool, model: Any, pk_set: Any, **kw: Any) -> None:
        if action not in {"post_add", "post_remove", "post_clear"}:
            return
        names = sorted(str(obj) for obj in model.objects.filter(pk__in=pk_set or [])) if action != "post_clear" else []
        users = [instance] if not reverse else list(User.objects.filter(pk__in=pk_set or []))
        for user in users:
            if reverse:
                names = [str(instance)]
            change = {"action": action.removeprefix("post_"), "items": names}
            record(EventKind.PERMISSIONS, user=user, **{field: change})

    return receiver_


_groups_changed = _m2m_changed("groups")
_perms_changed = _m2m_changed("user_permissions")
m2m_changed.connect(_groups_changed, sender=User.groups.through, dispatch_uid="sw_user_groups")
m2m_changed.connect(_perms_changed, sender=User.user_permissions.through, dispatch_uid="sw_user_permissions")
