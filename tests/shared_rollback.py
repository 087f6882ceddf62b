"""Data shared by a run of tests: written once inside an outer transaction that is rolled back at the end.

Each test still runs in its own savepoint inside it (pytest-django's `db`), so what one test changes is
gone for the next. Used by the demo (`tests/conftest.py`) and the imported demo export
(`tests/core/test_exchange.py`); only opening and closing unblock the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction


def open_shared(blocker: Any, fill: Callable[[], Any]) -> tuple[transaction.Atomic, Any]:
    """Open the outer transaction and write the shared data with `fill()`; returns it and fill's result.
    If `fill` fails, nothing stays written."""
    outer = transaction.atomic()
    with blocker.unblock():
        outer.__enter__()
        try:
            result = fill()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    return outer, result


def close_shared(blocker: Any, outer: transaction.Atomic) -> None:
    """Roll the shared data back."""
    with blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
