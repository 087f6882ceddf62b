"""Security headers Django's SecurityMiddleware does not set: the Content-Security-Policy.

Scripts come only from our own static files ('self', no 'unsafe-inline'), so an injected <script> or
on*= attribute does not run even if some text escaped escaping. Inline style="" attributes and <style>
blocks are still allowed (report previews and a few templates use them); styles cannot run code.
frame-ancestors 'none' is the CSP form of X-Frame-Options: DENY. blob: workers are for the Redoc bundle
on /api/docs/.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

DEFAULT_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def content_security_policy() -> str:
    """The policy in force: SPEECHWATCH_CONTENT_SECURITY_POLICY (setting) or the default above."""
    return getattr(settings, "SPEECHWATCH_CONTENT_SECURITY_POLICY", "") or DEFAULT_CSP


class SecurityHeadersMiddleware:
    """Add Content-Security-Policy to every response that does not set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response
