"""Second factor: a user adds an authenticator app (TOTP) to their account or removes it.

Removing it needs a current code from the app and a session that signed in with one, so a stolen
password alone cannot switch the second factor off.
"""

from __future__ import annotations

from base64 import b32encode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from speechwatch.accounts import twofactor

DEVICE_NAME = "authenticator"


def _disable(request: HttpRequest, confirmed: TOTPDevice) -> bool:
    if not twofactor.session_verified(request.user):
        messages.error(request, _("Sign in again with a one-time code to turn the authenticator app off."))
        return False
    token = (request.POST.get("otp_token") or "").strip()
    if not token or not confirmed.verify_token(token):
        messages.error(request, _("The one-time code is not valid."))
        return False
    for device in TOTPDevice.objects.filter(user=request.user):
        device.delete()  # one by one, so the audit receiver sees each
    messages.success(request, _("The authenticator app was removed from your account."))
    return True


@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """GET shows the state; POST `confirm` (with a code) turns an app on, POST `disable` (with a code)
    turns it off."""
    user = request.user
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "disable" and confirmed is not None:
            if _disable(request, confirmed):
                return redirect("two_factor")
        elif action == "confirm" and confirmed is None:
            device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
            token = (request.POST.get("otp_token") or "").strip()
            if device is not None and token and device.verify_token(token):
                device.confirmed = True
                device.save()
                otp_login(request, device)
                messages.success(request, _("The authenticator app is on: sign-in now asks for its code."))
                return redirect("two_factor")
            messages.error(request, _("The one-time code is not valid."))
    pending = None
    if confirmed is None:
        pending = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
            user=user, name=DEVICE_NAME, confirmed=False
        )
    context = {
        "confirmed": confirmed,
        "pending": pending,
        "secret": b32encode(pending.bin_key).decode() if pending else "",
        "required": twofactor.role_requires_2fa(user),
    }
    return render(request, "registration/two_factor.html", context)
