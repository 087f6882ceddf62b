"""Admin for users: Django's user admin with the speechwatch role beside the usual fields."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from speechwatch.accounts.models import User


@admin.register(User)
class SpeechwatchUserAdmin(UserAdmin):
    list_display = ["username", "email", "role", "is_active", "is_staff", "last_login"]
    list_filter = ["role", "is_active", "is_staff", "is_superuser"]
    fieldsets = (*UserAdmin.fieldsets, ("speechwatch", {"fields": ("role", "preferred_language")}))
    add_fieldsets = (*UserAdmin.add_fieldsets, ("speechwatch", {"fields": ("role",)}))
