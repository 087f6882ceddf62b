"""Optional second factor: a user adds an authenticator app (TOTP) to their account or removes it."""

from __future__ import annotations

from base64 import b32encode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator"


@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """GET shows the state; POST `confirm` (with a code) turns an app on, POST `disable` turns it off."""
    user = request.user
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "disable" and confirmed is not None:
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("The authenticator app was removed from your account."))
            return redirect("two_factor")
        if action == "confirm" and confirmed is None:
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
    }
    return render(request, "registration/two_factor.html", context)
