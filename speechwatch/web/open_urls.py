"""Routes of one public feature, kept in their own module so features can grow without touching web/urls.py."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
