"""Admin for users (Django's user admin with the speechwatch role), and read-only views of the
account audit trail and API tokens for administrators."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest

from speechwatch.accounts.models import AccountEvent, ApiToken, User


@admin.register(User)
class SpeechwatchUserAdmin(UserAdmin):
    list_display = ["username", "email", "role", "is_active", "is_staff", "last_login"]
    list_filter = ["role", "is_active", "is_staff", "is_superuser"]
    fieldsets = (*UserAdmin.fieldsets, ("speechwatch", {"fields": ("role", "preferred_language")}))
    add_fieldsets = (*UserAdmin.add_fieldsets, ("speechwatch", {"fields": ("role",)}))


class ReadOnlyAdmin(admin.ModelAdmin):
    """The audit trail is evidence: nobody edits or deletes it from the admin."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(AccountEvent)
class AccountEventAdmin(ReadOnlyAdmin):
    list_display = ["created", "kind", "username", "actor", "ip", "detail"]
    list_filter = ["kind"]
    search_fields = ["username", "actor__username", "ip"]
    date_hierarchy = "created"
    list_select_related = ["actor"]


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    """Tokens are listed so an administrator can see who can reach the API; revoking is done by the
    owner on /accounts/tokens/ or with `speechwatch token revoke`, which writes the audit trail."""

    list_display = ["name", "user", "prefix", "created", "last_used", "expires"]
    search_fields = ["name", "user__username"]
    list_select_related = ["user"]
