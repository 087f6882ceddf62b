"""OpenAPI descriptions of the project's own API authentication, so the schema documents how to sign
API calls (and drf-spectacular does not warn that it cannot resolve them)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "speechwatch.accounts.api_auth.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        scheme = build_bearer_security_scheme_object(header_name="Authorization", token_prefix="Token")  # noqa: S106 (a header keyword, not a secret)
        scheme["description"] = (
            "An API token created at /accounts/tokens/ (or `speechwatch token create`) by a user whose "
            "session passed the second factor: `Authorization: Token <key>` (or `Bearer <key>`)."
        )
        return scheme


class OTPSessionScheme(OpenApiAuthenticationExtension):
    target_class = "speechwatch.accounts.api_auth.OTPSessionAuthentication"
    name = "cookieAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "apiKey",
            "in": "cookie",
            "name": "sessionid",
            "description": "The browser session of a signed-in user; it counts only after the second factor.",
        }
