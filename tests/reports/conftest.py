import pytest


@pytest.fixture
def report_data(db):
    from tests.reports.factories import build

    return build()


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"
