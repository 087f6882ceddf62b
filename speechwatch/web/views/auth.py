"""Sign-in: Django's LoginView with the optional TOTP second factor."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django_otp import login as otp_login

from speechwatch.web.forms.auth import OTPAuthenticationForm


class LoginView(auth_views.LoginView):
    form_class = OTPAuthenticationForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form: OTPAuthenticationForm):  # type: ignore[override]
        response = super().form_valid(form)
        if form.otp_device is not None:
            otp_login(self.request, form.otp_device)
        return response
