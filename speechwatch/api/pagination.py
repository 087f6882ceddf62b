"""API list paging: limit/offset with bounds and a capped count.

Unbounded `limit`/`offset` values overflowed SQLite's 64-bit integers (a 500), and counting every
visible row on each request made the list cost grow with the database. Counting stops at
COUNT_CAP; `count` is then the cap and `count_is_exact` is false, like the web list's "500+".
"""

from __future__ import annotations

from typing import Any

from rest_framework.pagination import LimitOffsetPagination
from rest_framework.response import Response

COUNT_CAP = 10_000
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000


def _bounded(value: Any, default: int, upper: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return min(max(number, 0), upper)


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    max_limit = MAX_LIMIT

    def get_limit(self, request: Any) -> int | None:
        if self.limit_query_param in request.query_params:
            value = _bounded(request.query_params[self.limit_query_param], self.default_limit, self.max_limit)
            return value or self.default_limit
        return self.default_limit

    def get_offset(self, request: Any) -> int:
        return _bounded(request.query_params.get(self.offset_query_param, 0), 0, MAX_OFFSET)

    def get_count(self, queryset: Any) -> int:
        self.count_is_exact = True
        try:
            capped = queryset.order_by()[: COUNT_CAP + 1].count()
        except (AttributeError, TypeError):
            return len(queryset)
        if capped > COUNT_CAP:
            self.count_is_exact = False
            return COUNT_CAP
        return capped

    def get_paginated_response(self, data: Any) -> Response:
        response = super().get_paginated_response(data)
        response.data["count_is_exact"] = getattr(self, "count_is_exact", True)
        return response

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        out = super().get_paginated_response_schema(schema)
        out["properties"]["count"]["description"] = f"number of rows, counted up to {COUNT_CAP}"
        out["properties"]["count_is_exact"] = {"type": "boolean", "description": "false when count is the cap"}
        return out
