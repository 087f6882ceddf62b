"""Sign-in with an optional second factor: users with a confirmed TOTP device must give its code."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user


class OTPAuthenticationForm(AuthenticationForm):
    otp_token = forms.CharField(
        label=_("One-time code"),
        required=False,
        max_length=10,
        help_text=_("Only if you set up an authenticator app."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.otp_device = None

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        user = self.get_user()
        if user is None:
            return data
        devices = list(devices_for_user(user, confirmed=True))
        if not devices:
            return data
        token = (data.get("otp_token") or "").strip()
        if not token:
            raise forms.ValidationError(_("Enter the one-time code from your authenticator app."), code="otp_required")
        for device in devices:
            if device.verify_token(token):
                self.otp_device = device
                return data
        raise forms.ValidationError(_("The one-time code is not valid."), code="otp_invalid")
