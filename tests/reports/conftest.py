import pytest


@pytest.fixture
def report_data(db):
    from tests.reports.factories import build

    return build()


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def marked(db):
    """The editors chose to print untranslated records marked (the fixture's records are English only):
    what ru/kk renders of the fixture need since a report otherwise refuses to render them."""
    from speechwatch.reports.models import ReportPlan

    for kind, period in (("monthly", "2024-04"), ("annual", "2024")):
        ReportPlan.objects.update_or_create(kind=kind, period=period, defaults={"untranslated": "mark"})
