"""A short-lived cache of the public statistics pages' figures and charts, keyed by the data's version.

A statistics page runs the engine over every measure, two scopes and five charts: tens of queries,
hundreds of milliseconds at 100,000 incidents on a busy machine, for numbers that change only when a
record does. The figures and charts of a page are kept in Django's cache under a key that holds the
*data version*: one statement reading the newest row id of the history tables (django-simple-history
writes a row for every save and delete of an incident, case, proceeding, stage and money amount) and of
the tables without history that statistics read (legal bases, places, involvements, published figures,
basis changes, codebook loads), plus a counter this process bumps on any save or delete of those
models. Any change through the ORM therefore changes the key at once in this process, and in every
other process at its next request, except changes that write no history row (`QuerySet.update`,
raw SQL, deletes of places or legal bases elsewhere): `SPEECHWATCH_STATS_CACHE_SECONDS` (default 60;
0 turns the cache off) bounds how long those can stay unseen.

Only what depends on the period, the reader's class (staff or public, and whether the public list
reproduces their figures) and the language is cached; whose sign-in it is, the editors' basis form and
its history are read fresh on every request.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")
_generation = itertools.count(1)
_current = [next(_generation)]
WATCHED_APPS = ("incidents", "vocab", "stats")


def timeout() -> int:
    """Seconds a cached page may live: the setting, else the environment variable, else 60."""
    value = getattr(settings, "SPEECHWATCH_STATS_CACHE_SECONDS", None)
    if value is None:
        value = os.environ.get("SPEECHWATCH_STATS_CACHE_SECONDS", "60")
    return int(value)


def _bump(sender: Any, **kwargs: Any) -> None:
    if sender._meta.app_label in WATCHED_APPS:
        _current[0] = next(_generation)


post_save.connect(_bump, dispatch_uid="stats-cache-save", weak=False)
post_delete.connect(_bump, dispatch_uid="stats-cache-delete", weak=False)


@functools.cache
def _tables() -> tuple[tuple[str, str], ...]:
    """(table, id column) of every table whose newest row marks a change statistics can see (worked
    out once: `Model.history` builds a manager on every access)."""
    from speechwatch.incidents.models import (
        Case,
        Incident,
        IncidentPlace,
        Involvement,
        MoneyAmount,
        Proceeding,
        ProceedingBasis,
        PublishedFigure,
        StageEvent,
    )
    from speechwatch.stats.models_basis import PeriodBasisChange
    from speechwatch.vocab.models import CodebookVersion

    with_history = (Incident, Case, Proceeding, StageEvent, MoneyAmount)
    plain = (ProceedingBasis, IncidentPlace, Involvement, PublishedFigure, PeriodBasisChange, CodebookVersion)
    history = [(m.history.model._meta.db_table, "history_id") for m in with_history]
    return tuple(history + [(m._meta.db_table, "id") for m in plain])


@functools.cache
def _version_sql(vendor: str) -> str:
    quote = connection.ops.quote_name
    parts = [f"(SELECT MAX({quote(col)}) FROM {quote(table)})" for table, col in _tables()]  # noqa: S608
    return "SELECT " + ", ".join(parts)  # table names come from the models, never from a request


def data_version() -> tuple:
    """The newest id of each watched table (one statement of index look-ups) and this process's counter."""
    with connection.cursor() as cur:
        cur.execute(_version_sql(connection.vendor))  # table names come from the models, never from a request
        row = cur.fetchone()
    return (*row, _current[0])


def cached(name: str, parts: tuple, build: Callable[[], T]) -> T:
    """`build()`, or its result from the cache for the same `parts` and data version."""
    seconds = timeout()
    if seconds <= 0:
        return build()
    digest = hashlib.sha256(repr((parts, data_version())).encode()).hexdigest()[:32]
    key = f"speechwatch:stats:{name}:{digest}"
    hit = cache.get(key)
    if hit is not None:
        return hit
    value = build()
    cache.set(key, value, seconds)
    return value
