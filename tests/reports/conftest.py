import pytest


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """ru/kk reports need the compiled .mo files (make messages does this; do it here too)."""
    from django.utils.translation import trans_real

    from speechwatch.core.i18n import compile_all

    if compile_all():
        trans_real._translations = {}
        trans_real._default = None
        trans_real._active = trans_real.Local()


@pytest.fixture
def report_data(db):
    from tests.reports.factories import build

    return build()


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def restore_codebook():
    """Marks a browser test whose transactional database Django flushes afterwards — which also wipes
    the codebook rows the vocab data migration loaded. The teardown hook below reloads them after the
    flush, so tests that run later find the database as the migrations left it."""


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    if "restore_codebook" in getattr(item, "fixturenames", ()):
        from pytest_django.plugin import blocking_manager_key

        from speechwatch.vocab.services import load_codebook

        with item.config.stash[blocking_manager_key].unblock():
            load_codebook()
