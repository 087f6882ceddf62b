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
