"""Security headers Django's SecurityMiddleware does not set: the Content-Security-Policy.

Scripts come only from our own static files ('self', no 'unsafe-inline'), so an injected <script> or
on*= attribute does not run even if some text escaped escaping. Inline style="" attributes and <style>
blocks are still allowed (report previews and a few templates use them); styles cannot run code.
frame-ancestors 'none' is the CSP form of X-Frame-Options: DENY. blob: workers are for the Redoc bundle
on /api/docs/.

One narrow exception: a view wrapped in `allow_framing` (the open-data embeds, /embed/…) may be
framed by any site. Its response carries `frame_ancestors`, which replaces that one directive, and it
is exempt from X-Frame-Options; every other page keeps frame-ancestors 'none'.
"""

from __future__ import annotations

import functools
import re
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


EMBED_FRAME_ANCESTORS = "*"  # SPEECHWATCH_EMBED_FRAME_ANCESTORS narrows it, e.g. "https://partner.example"
_FRAME_ANCESTORS = re.compile(r"(^|;)\s*frame-ancestors[^;]*")


def with_frame_ancestors(policy: str, sources: str) -> str:
    """`policy` with its frame-ancestors directive replaced by (or, if absent, extended with) `sources`."""
    directive = f"frame-ancestors {sources}"
    if _FRAME_ANCESTORS.search(policy):
        return _FRAME_ANCESTORS.sub(lambda m: f"{m.group(1)}{' ' if m.group(1) else ''}{directive}", policy, count=1)
    return f"{policy}; {directive}" if policy else directive


def allow_framing(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Let other sites frame this view's pages (embeds only): no X-Frame-Options, and CSP
    frame-ancestors from SPEECHWATCH_EMBED_FRAME_ANCESTORS (default any site)."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response.xframe_options_exempt = True  # type: ignore[attr-defined]
        response.frame_ancestors = (  # type: ignore[attr-defined]
            getattr(settings, "SPEECHWATCH_EMBED_FRAME_ANCESTORS", "") or EMBED_FRAME_ANCESTORS
        )
        return response

    return wrapped


class SecurityHeadersMiddleware:
    """Add Content-Security-Policy to every response that does not set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            ancestors = getattr(response, "frame_ancestors", None)
            policy = with_frame_ancestors(self.policy, ancestors) if ancestors else self.policy
            response["Content-Security-Policy"] = policy
        return response
