"""`/healthz`: is this app process up and can it reach its database?

For load balancers, systemd watchdogs and uptime monitors: no authentication, no session, no
template, one trivial query. A failure answers 503 with a fixed short reason; the exception (which
may contain a DSN, a host name or a path) goes to the log only.
"""

from __future__ import annotations

import logging

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def database_problem(db: BaseDatabaseWrapper) -> str | None:
    """None when `SELECT 1` works on db, else a short reason safe to show anyone."""
    try:
        with db.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        logger.warning("healthz: database check failed: %s: %s", exc.__class__.__name__, exc)
        return "unreachable"
    return None


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    problem = database_problem(connection)
    if problem:
        return JsonResponse({"status": "error", "database": problem}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
