"""Helpers for the accounts tests: authenticator devices, their current codes, signing in with them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

PASSWORD = "pw-secret-1"


def code_for(device) -> str:
    """This step's code, usable again: django-otp refuses a step it has already accepted, and tests
    sign in more than once within 30 seconds."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.filter(pk=device.pk).update(
        last_t=-1, throttling_failure_count=0, throttling_failure_timestamp=None
    )
    device.refresh_from_db()
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"


def add_device(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def sign_in(client: Client, username: str, device=None, **extra):
    data = {"username": username, "password": PASSWORD}
    if device is not None:
        data["otp_token"] = code_for(device)
    return client.post(reverse("login"), data, **extra)


@pytest.fixture
def make_incident(users):
    """A draft incident: viewers see drafts, anonymous callers do not, so it tells who the API saw."""
    from speechwatch.incidents import services

    def make(title: str = "A draft"):
        return services.incident_create(
            user=users["editor"], title=title, date=dt.date(2024, 3, 4), registered_month=dt.date(2024, 3, 1),
            primary_category="rights.attack",
        )  # fmt: skip

    return make


@pytest.fixture(autouse=True)
def _quiet_axes():
    """django-axes logs every failed attempt; under pytest's output capture the settings' console
    handler points at a closed stream, which prints a traceback per attempt."""
    import logging

    logger = logging.getLogger("axes")
    before = logger.propagate
    logger.propagate = False
    yield
    logger.propagate = before
