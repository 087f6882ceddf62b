"""The suite's one conftest: database selection, users per role, and shared fixtures.

The database comes from SPEECHWATCH_DATABASE_URL (the Makefile runs the suite once on SQLite and the
database tests again on PostgreSQL). When PostgreSQL is asked for but unreachable, database tests skip
with a clear message on a developer's machine and fail the run under CI=true.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DB_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_setup",
    "live_server",
    "client",
    "admin_client",
    "django_user_model",
    "users",
    "demo_db",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--only-db", action="store_true", help="run only the tests that use the database")


def _uses_db(item: pytest.Item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        DB_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


def _postgres_problem() -> str | None:
    from django.conf import settings

    db = settings.DATABASES["default"]
    if "postgresql" not in db["ENGINE"]:
        return None
    try:
        import psycopg

        psycopg.connect(
            host=db.get("HOST") or "127.0.0.1",
            port=db.get("PORT") or 5432,
            user=db.get("USER") or None,
            dbname="postgres",
            password=db.get("PASSWORD") or None,
            connect_timeout=3,
        ).close()
    except Exception as exc:
        return f"PostgreSQL at {db.get('HOST')}:{db.get('PORT')} is not reachable ({exc.__class__.__name__}: {exc})"
    return None


def _demo_modules_together(items: list[pytest.Item]) -> None:
    """Move the modules that use `demo_db` (whole modules, in their order) to where the first of them
    is, so the demo is loaded once for all of them (see `_Demo`). Only an optimisation: `demo_db`
    is correct in any order."""
    demo = {i.module for i in items if "demo_db" in getattr(i, "fixturenames", ())}
    if len(demo) < 2:
        return
    first = next(n for n, i in enumerate(items) if i.module in demo)
    grouped = [i for i in items if i.module in demo]
    rest = [i for i in items if i.module not in demo]
    items[:] = rest[:first] + grouped + rest[first:]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--only-db"):
        keep = [i for i in items if _uses_db(i)]
        config.hook.pytest_deselected(items=[i for i in items if not _uses_db(i)])
        items[:] = keep
    _demo_modules_together(items)
    problem = _postgres_problem()
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            raise pytest.UsageError(f"{problem}; under CI=true the PostgreSQL tests must run")
        skip = pytest.mark.skip(reason=f"{problem}: PostgreSQL tests skipped (start PostgreSQL to run them)")
        for item in items:
            if _uses_db(item):
                item.add_marker(skip)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (seeds and corpus) is not present on this machine")
    return SHARED


@pytest.fixture
def users(db):
    """One active user per role, password 'pw-secret-1'."""
    from speechwatch.accounts.models import Role, User

    out = {}
    for role in Role.values:
        out[role] = User.objects.create_user(
            username=role, password="pw-secret-1", role=role, email=f"{role}@example.org"
        )
    return out


class _Demo:
    """The demo data set (it takes 15-60 s to load here), loaded once for a run of consecutive tests
    that ask for `demo_db`, inside an outer transaction rolled back after the last of them. Each test
    runs in its own savepoint inside it (pytest-django's `db`), so what one test changes is gone for
    the next. The database stays blocked between tests as usual: only loading and unloading unblock it."""

    outer = None  # the open transaction.atomic while the demo is loaded
    last = False  # set before each teardown: the next test does not ask for demo_db

    def load(self, blocker) -> None:
        if self.outer is not None:
            return
        from django.core.management import call_command

        from tests.shared_rollback import open_shared

        self.outer, _ = open_shared(blocker, lambda: call_command("demo", verbosity=0))

    def unload(self, blocker) -> None:
        if self.outer is None:
            return
        from tests.shared_rollback import close_shared

        outer, self.outer = self.outer, None
        close_shared(blocker, outer)


_DEMO = _Demo()


@pytest.fixture
def _demo_loaded(django_db_setup, django_db_blocker):
    """Set up before `db` and torn down after it: unloads the demo after the last of consecutive demo tests."""
    try:
        _DEMO.load(django_db_blocker)
        yield
    finally:
        if _DEMO.last:
            _DEMO.unload(django_db_blocker)


@pytest.fixture
def demo_db(_demo_loaded, db):
    """The demo data set in the test database (shared by consecutive demo tests, see `_Demo`). Not for
    transactional tests: their flush would empty it for the tests after them."""
    return db


@pytest.fixture(scope="session", autouse=True)
def fast_password_hasher():
    """Every test hashes with MD5 instead of PBKDF2's million rounds (about half a second a hash on
    a 2-core machine): `users` alone makes four accounts per test, and each sign-in checks one. What the
    tests check of passwords (policy, sign-in, lockout) does not depend on the hasher's cost; the
    installed settings keep PBKDF2."""
    from django.test.utils import override_settings

    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """ru/kk pages and reports need compiled .mo files (`make messages` does this; so does the suite)."""
    from django.utils.translation import trans_real

    from speechwatch.core.i18n import compile_all

    if compile_all():
        trans_real._translations = {}
        trans_real._default = None
        trans_real._active = trans_real.Local()


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """A transactional test ends with Django flushing every table, which also wipes the codebook rows
    the vocab data migration loaded. Reload them after the flush so later tests find the database as
    the migrations left it."""
    _DEMO.last = nextitem is None or "demo_db" not in getattr(nextitem, "fixturenames", ())
    yield
    if _is_transactional(item) and nextitem is not None:  # after the last test the test DB is gone
        from pytest_django.plugin import blocking_manager_key

        from speechwatch.vocab.services import load_codebook

        with item.config.stash[blocking_manager_key].unblock():
            load_codebook()
