import pytest


@pytest.fixture
def report_data(db):
    from tests.reports.factories import build

    return build()
